#pragma once

#include <QMainWindow>

namespace Madoguchi {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Madoguchi

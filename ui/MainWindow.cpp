#include "MainWindow.h"

#include <QLabel>

namespace Madoguchi {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Madoguchi"));
    setCentralWidget(new QLabel(tr("Madoguchi"), this));
    resize(1200, 800);
}

} // namespace Madoguchi

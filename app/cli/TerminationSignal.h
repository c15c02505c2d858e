#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace Madoguchi {

// SIGTERM and SIGINT turned into a Qt signal: the handler only writes a byte into a socket
// pair (all a signal handler may safely do); the event loop reads it and emits received().
class TerminationSignal : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignal(QObject *parent = nullptr);
    ~TerminationSignal() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Madoguchi

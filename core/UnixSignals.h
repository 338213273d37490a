#pragma once

#include <QObject>

class QSocketNotifier;

namespace gatehouse {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so shutdown
// runs in the event loop instead of inside a signal handler.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gatehouse

#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

class QTcpSocket;

namespace gatehouse {

// The redirect target of a native-app sign-in (RFC 8252 §7.3): an HTTP listener
// on 127.0.0.1 with an ephemeral port, alive for one sign-in only.
//
// It accepts exactly one callback: a GET of /callback from a loopback peer
// carrying the expected `state`. Other paths get 404 and the listener keeps
// waiting (browsers ask for /favicon.ico); a callback with a missing or wrong
// `state` is refused with 400 and ends the sign-in. Once the callback arrived
// the listener stops accepting at once; the browser's connection is held open
// until respond() tells it how the sign-in ended. close() (cancel) and the
// timeout close everything.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    bool listen(const QByteArray &expectedState);
    QUrl redirectUri() const;
    quint16 port() const { return m_port; }
    bool isListening() const { return m_server.isListening(); }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Answers the browser that delivered the callback, then closes it.
    void respond(bool success, const QString &message);
    void close();

    static QString callbackPath() { return u"/callback"_qs; }

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);
    void stateMismatch(bool missing);
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestLine);
    static void reply(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;
    QByteArray m_state;
    quint16 m_port = 0;
    QPointer<QTcpSocket> m_callbackSocket;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    bool m_done = false;
};

} // namespace gatehouse

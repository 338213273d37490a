#include "LoopbackReceiver.h"

#include "SessionLogging.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>

namespace gatehouse {

namespace {

constexpr qsizetype kMaxRequestHead = 8 * 1024;
constexpr int kConnectionTimeoutMs = 10'000;

QString trReceiver(const char *text)
{
    return QCoreApplication::translate("LoopbackReceiver", text);
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray page(const QString &title, const QString &text, bool success)
{
    const QString colour = success ? u"#1a7f37"_qs : u"#b42318"_qs;
    const QString html =
        u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        u"<meta name=\"viewport\" content=\"width=device-width\"><title>%1 — Gatehouse</title>"
        u"<style>body{font-family:system-ui,sans-serif;margin:0;display:flex;min-height:100vh;"
        u"align-items:center;justify-content:center;background:#f6f8fa;color:#1f2328}"
        u"main{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:2em 2.5em;"
        u"max-width:32em}h1{font-size:1.4em;color:%3;margin-top:0}</style></head>"
        u"<body><main><h1 id=\"result\">%1</h1><p id=\"message\">%2</p></main></body></html>"_qs
            .arg(htmlEscaped(title), htmlEscaped(text), colour);
    return html.toUtf8();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << "sign-in timed out waiting for the browser";
        close();
        Q_EMIT timedOut();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    m_server.setMaxPendingConnections(8);
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

bool LoopbackReceiver::listen(const QByteArray &expectedState)
{
    m_state = expectedState;
    m_done = false;
    // Loopback only, never QHostAddress::Any (RFC 8252 §8.3).
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    m_timer.start(m_timeout);
    qCDebug(lcSession) << "callback listener on 127.0.0.1 port" << m_port;
    return true;
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_qs.arg(m_port).arg(callbackPath()));
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (!socket->peerAddress().isLoopback() || m_done) {
            qCWarning(lcSession) << "refused a callback connection from"
                                 << socket->peerAddress().toString();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends a request (browsers preconnect) does not linger.
        QTimer::singleShot(kConnectionTimeoutMs, socket, [this, socket] {
            if (socket != m_callbackSocket)
                socket->abort();
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestHead) {
            reply(socket, 431, trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver", "Bad request")),
                  {});
            m_buffers.remove(socket);
        }
        return;
    }
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    m_buffers.remove(socket);
    handleRequest(socket, requestLine);
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        reply(socket, 400, trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver", "Bad request")), {});
        return;
    }
    const QUrl target(QString::fromLatin1(parts.at(1)), QUrl::StrictMode);
    if (parts.at(0) != "GET" || target.path() != callbackPath() || m_done) {
        reply(socket, 404, trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver", "Not found")),
              trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver",
                                           "This address only receives Gatehouse sign-ins.")));
        return;
    }
    const QUrlQuery query(target);
    const QByteArray state = query.queryItemValue(u"state"_qs, QUrl::FullyDecoded).toUtf8();
    if (state != m_state) {
        const bool missing = !query.hasQueryItem(u"state"_qs);
        qCWarning(lcSession) << "callback refused:" << (missing ? "no state" : "wrong state");
        reply(socket, 400, trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver", "Sign-in refused")),
              trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver",
                                           "This sign-in response was not started by this "
                                           "Gatehouse window. Start the sign-in again.")));
        close();
        Q_EMIT stateMismatch(missing);
        return;
    }
    // Exactly one callback: stop accepting before anything else happens.
    m_done = true;
    m_server.close();
    m_timer.stop();
    m_callbackSocket = socket;
    Q_EMIT callbackReceived(query);
}

void LoopbackReceiver::respond(bool success, const QString &message)
{
    if (!m_callbackSocket)
        return;
    const QString title =
        success ? trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver", "Signed in to Gatehouse"))
                : trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver", "Sign-in failed"));
    QTcpSocket *socket = m_callbackSocket;
    m_callbackSocket.clear();
    reply(socket, success ? 200 : 400, title, message);
}

void LoopbackReceiver::reply(QTcpSocket *socket, int status, const QString &title,
                             const QString &text)
{
    const QByteArray body = page(title, text, status == 200);
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                              : status == 431 ? "Request Header Fields Too Large"
                                              : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Referrer-Policy: no-referrer\r\nContent-Security-Policy: default-src 'none'; "
                  "style-src 'unsafe-inline'\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush(); // the process may end right after (command line)
    socket->disconnectFromHost();
}

void LoopbackReceiver::close()
{
    m_done = true;
    m_timer.stop();
    m_server.close();
    if (m_callbackSocket)
        respond(false, trReceiver(QT_TRANSLATE_NOOP("LoopbackReceiver",
                                                    "The sign-in was cancelled in Gatehouse.")));
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_buffers.clear();
}

} // namespace gatehouse

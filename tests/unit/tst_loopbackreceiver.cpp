#include "session/LoopbackReceiver.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;

namespace {

struct Answer
{
    bool connected = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    int status = 0;
    QByteArray body;
};

// One raw HTTP request, answered while the test's event loop runs (the
// listener lives on the same thread).
Answer request(quint16 port, const QByteArray &requestHead,
               const QHostAddress &address = QHostAddress::LocalHost)
{
    Answer answer;
    QTcpSocket socket;
    QByteArray data;
    bool done = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        answer.connected = true;
        socket.write(requestHead);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { done = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                     [&](QAbstractSocket::SocketError e) {
                         if (e != QAbstractSocket::RemoteHostClosedError)
                             answer.error = e;
                         done = true;
                     });
    socket.connectToHost(address, port);
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return answer;
    data += socket.readAll();
    const QList<QByteArray> statusLine = data.left(data.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        answer.status = statusLine.at(1).toInt();
    answer.body = data.mid(data.indexOf("\r\n\r\n") + 4);
    return answer;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

bool portRefuses(quint16 port)
{
    const Answer a = request(port, get("/callback"));
    return !a.connected && a.error == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensOnLoopbackOnly()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen("s-1"));
        QVERIFY(receiver.port() > 0);
        QCOMPARE(receiver.redirectUri(),
                 QUrl(u"http://127.0.0.1:%1/callback"_qs.arg(receiver.port())));

        QHostAddress outside;
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &a : addresses)
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                outside = a;
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try from");
        const Answer a = request(receiver.port(), get("/callback?state=s-1&code=c"), outside);
        QVERIFY(!a.connected);
        QCOMPARE(a.error, QAbstractSocket::ConnectionRefusedError);
        QVERIFY(receiver.isListening());
    }

    void wrongPathIsRefusedAndTheListenerWaits_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("favicon") << get("/favicon.ico") << 404;
        QTest::newRow("root") << get("/?state=s-1&code=c") << 404;
        QTest::newRow("callback prefix") << get("/callbackx?state=s-1&code=c") << 404;
        QTest::newRow("POST") << QByteArray("POST /callback?state=s-1&code=c HTTP/1.1\r\n\r\n")
                              << 404;
        QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << 400;
    }
    void wrongPathIsRefusedAndTheListenerWaits()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        LoopbackReceiver receiver;
        QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
        QVERIFY(receiver.listen("s-1"));
        QCOMPARE(request(receiver.port(), head).status, status);
        QVERIFY(receiver.isListening());
        QCOMPARE(callbacks.count(), 0);
    }

    void wrongOrMissingStateEndsTheSignIn_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("missing");
        QTest::newRow("missing") << QByteArray("/callback?code=c") << true;
        QTest::newRow("wrong") << QByteArray("/callback?state=other&code=c") << false;
        QTest::newRow("empty") << QByteArray("/callback?state=&code=c") << false;
        QTest::newRow("prefix") << QByteArray("/callback?state=s-&code=c") << false;
    }
    void wrongOrMissingStateEndsTheSignIn()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, missing);
        LoopbackReceiver receiver;
        QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
        QSignalSpy mismatches(&receiver, &LoopbackReceiver::stateMismatch);
        QVERIFY(receiver.listen("s-1"));
        const quint16 port = receiver.port();
        const Answer a = request(port, get(target));
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.contains("not started by this"));
        QCOMPARE(mismatches.count(), 1);
        QCOMPARE(mismatches.first().first().toBool(), missing);
        QCOMPARE(callbacks.count(), 0);
        QVERIFY(portRefuses(port));
    }

    void acceptsExactlyOneCallback()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen("s-1"));
        const quint16 port = receiver.port();
        QUrlQuery received;
        connect(&receiver, &LoopbackReceiver::callbackReceived, this, [&](const QUrlQuery &query) {
            received = query;
            receiver.respond(true, u"Signed in as <Alice>."_qs);
        });
        const Answer a = request(port, get("/callback?code=abc&state=s-1&iss=https%3A%2F%2Fidp"));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("Signed in to Gatehouse"));
        QVERIFY(a.body.contains("Signed in as &lt;Alice&gt;."));
        QCOMPARE(received.queryItemValue(u"code"_qs), u"abc"_qs);
        QCOMPARE(received.queryItemValue(u"iss"_qs, QUrl::FullyDecoded), u"https://idp"_qs);

        // The second callback finds the port closed.
        QVERIFY(!receiver.isListening());
        QVERIFY(portRefuses(port));
    }

    void timeoutClosesThePort()
    {
        LoopbackReceiver receiver;
        receiver.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
        QVERIFY(receiver.listen("s-1"));
        const quint16 port = receiver.port();
        QVERIFY(timedOut.wait(5000));
        QVERIFY(portRefuses(port));
    }

    void cancelClosesThePortAndAnswersAWaitingBrowser()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen("s-1"));
        const quint16 port = receiver.port();
        // The browser delivered the callback; the sign-in is cancelled before it ends.
        connect(&receiver, &LoopbackReceiver::callbackReceived, this, [&] { receiver.close(); });
        const Answer a = request(port, get("/callback?code=abc&state=s-1"));
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.contains("cancelled"));
        QVERIFY(portRefuses(port));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"

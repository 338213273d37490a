#include "AccessLogReceiver.h"
#include "CaddyAccessLines.h"
#include "ManagedProcess.h"
#include "Store.h"

#include <QSet>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

namespace {
constexpr qint64 kLimit = AccessLogSink::kMaxLineBytes;

// A valid access line of exactly `size` bytes, line feed included: JSON
// allows the spaces it is padded with.
QByteArray paddedLine(int n, qint64 size)
{
    QByteArray line = caddyAccessLine(n);
    line.chop(1);
    line += QByteArray(size - line.size() - 1, ' ') + '\n';
    return line;
}
} // namespace

// Caddy's net writer, played by a raw TCP client: lines arrive in any pieces,
// only complete Caddy lines are stored, everything else is counted.
class TestAccessLogReceiver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList storedIds()
    {
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        q.exec(u"SELECT id FROM access_log ORDER BY id"_qs);
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    // Connects, writes the pieces one after the other, letting the receiver
    // read between them, and closes.
    static bool send(quint16 port, const QList<QByteArray> &pieces)
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        if (!client.waitForConnected(5000))
            return false;
        for (const QByteArray &piece : pieces) {
            client.write(piece);
            client.flush();
            if (!pollUntil([&] { return client.bytesToWrite() == 0; }, std::chrono::seconds(10)))
                return false;
            QCoreApplication::processEvents();
        }
        client.disconnectFromHost();
        return pollUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; },
                         std::chrono::seconds(10));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store =
            Store::open(u"sqlite:"_qs + m_dir.filePath(u"%1.db"_qs)
                                            .arg(QString::fromLatin1(QTest::currentTestFunction()) +
                                                 QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void storesCompleteLinesAndCountsTheRest_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("malformed");

        const QByteArray three = caddyAccessLine(1) + caddyAccessLine(2) + caddyAccessLine(3);
        QTest::newRow("one write") << QList<QByteArray>{three} << 3 << 0;
        QList<QByteArray> bytes;
        for (char c : three)
            bytes.append(QByteArray(1, c));
        QTest::newRow("one byte per write") << bytes << 3 << 0;
        QTest::newRow("split inside a line")
            << QList<QByteArray>{three.left(100), three.mid(100, 400), three.mid(500)} << 3 << 0;
        QTest::newRow("garbage and empty lines")
            << QList<QByteArray>{caddyAccessLine(1) + "not json\n\n{\"msg\":\"serving\"}\n" +
                                 caddyAccessLine(2)}
            << 2 << 2;
        QTest::newRow("partial line at disconnect")
            << QList<QByteArray>{caddyAccessLine(1) + caddyAccessLine(2).left(60)} << 1 << 1;
        QTest::newRow("line of exactly the limit")
            << QList<QByteArray>{paddedLine(1, kLimit), caddyAccessLine(2)} << 2 << 0;
        QTest::newRow("line one byte over the limit")
            << QList<QByteArray>{caddyAccessLine(1), paddedLine(2, kLimit + 1), caddyAccessLine(3)}
            << 2 << 1;
        const QByteArray huge = QByteArray(3 * kLimit, 'x') + '\n';
        QTest::newRow("huge line in pieces")
            << QList<QByteArray>{caddyAccessLine(1) + huge.left(kLimit / 2), huge.mid(kLimit / 2),
                                 caddyAccessLine(2)}
            << 2 << 1;
        QTest::newRow("too long and cut off at disconnect")
            << QList<QByteArray>{caddyAccessLine(1), QByteArray(kLimit + 10, 'x')} << 1 << 1;
    }
    void storesCompleteLinesAndCountsTheRest()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(int, stored);
        QFETCH(int, malformed);

        AccessLogReceiver receiver(m_store->connectionName(), QHostAddress::LocalHost, 0);
        Error error;
        const quint16 port = receiver.listen(&error);
        QVERIFY2(port != 0, qPrintable(error.logText()));
        QVERIFY(send(port, pieces));
        QVERIFY2(pollUntil(
                     [&] {
                         return receiver.linesStored() >= stored &&
                                receiver.linesMalformed() >= malformed && receiver.lagBytes() == 0;
                     },
                     std::chrono::seconds(10)),
                 qPrintable(u"stored %1, malformed %2"_qs.arg(receiver.linesStored())
                                .arg(receiver.linesMalformed())));
        QCOMPARE(receiver.linesStored(), stored);
        QCOMPARE(receiver.linesMalformed(), malformed);
        const QStringList ids = storedIds();
        QCOMPARE(ids.size(), stored);
        for (const QString &id : ids)
            QVERIFY2(id.startsWith(u"net-"_qs), qPrintable(id));
    }

    void listensOnLoopbackOnly()
    {
        AccessLogReceiver receiver(m_store->connectionName(), QHostAddress::LocalHost, 0);
        Error error;
        QVERIFY(receiver.listen(&error) != 0);
        QCOMPARE(receiver.serverAddress(), QHostAddress(QHostAddress::LocalHost));

        AccessLogReceiver any(m_store->connectionName(), QHostAddress::AnyIPv4, 0);
        QCOMPARE(any.listen(&error), 0);
        QCOMPARE(error.code, u"config.invalid"_qs);
    }

    void reconnectsAndContinuesCountsAfterRestart()
    {
        const auto waitStored = [](const AccessLogReceiver &r, qint64 n) {
            return pollUntil([&] { return r.linesStored() >= n && r.lagBytes() == 0; },
                             std::chrono::seconds(10));
        };
        // The counts belong to the configured address: the same one both times.
        const quint16 port = freeLoopbackPort();
        {
            AccessLogReceiver receiver(m_store->connectionName(), QHostAddress::LocalHost, port);
            Error error;
            QCOMPARE(receiver.listen(&error), port);
            // Caddy connects again after a drop: each connection is its own stream.
            QVERIFY(send(port, {caddyAccessLine(1) + "garbage\n"}));
            QVERIFY(waitStored(receiver, 1));
            QVERIFY(send(port, {caddyAccessLine(2)}));
            QVERIFY(waitStored(receiver, 2));

            // Lines received but not stored yet are stored when gatehoused stops.
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(client.waitForConnected(5000));
            client.write(caddyAccessLine(3) + caddyAccessLine(4).left(20));
            const qint64 all = caddyAccessLine(3).size() + 20;
            QVERIFY(pollUntil(
                [&] {
                    return receiver.lagBytes() == all ||
                           (receiver.linesStored() == 3 && receiver.lagBytes() == 20);
                },
                std::chrono::seconds(5)));
        }
        QCOMPARE(storedIds().size(), 3);
        const QSet<QString> streams{storedIds().at(0).section(u':', 0, 0),
                                    storedIds().at(1).section(u':', 0, 0),
                                    storedIds().at(2).section(u':', 0, 0)};
        QCOMPARE(streams.size(), 3);

        // The counts are kept in the store, as for the file.
        AccessLogReceiver again(m_store->connectionName(), QHostAddress::LocalHost, port);
        Error error;
        QCOMPARE(again.listen(&error), port);
        QCOMPARE(again.linesStored(), 3);
        QCOMPARE(again.linesMalformed(), 2); // "garbage" and the line cut off by stopping
    }
};

QTEST_GUILESS_MAIN(TestAccessLogReceiver)
#include "tst_accesslogreceiver.moc"

#include "AuditModel.h"
#include "AuditVerification.h"
#include "Profile.h"
#include "audit/AuditFields.h"
#include "audit/AuditFilter.h"
#include "cache/AuditCache.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatehouse;

namespace {
// A small linked chain: grant 7 created by bob and approved by alice, a
// catalog change by erin, grant 8 created by dave.
QList<AuditRecord> chain(const QDateTime &start)
{
    struct Spec
    {
        const char16_t *actor, *action, *type, *id, *subject, *service, *reason;
    };
    const Spec specs[] = {
        {u"bob", u"grant.created", u"grant", u"7", u"bob", u"ledger", u"INC-81 batch"},
        {u"alice", u"grant.approved", u"grant", u"7", u"bob", u"ledger", u"INC-81 batch"},
        {u"erin", u"catalog.service_saved", u"service", u"payments", nullptr, nullptr, nullptr},
        {u"dave", u"grant.created", u"grant", u"8", u"dave", u"payments", u"on call"},
    };
    QList<AuditRecord> out;
    QString prev = kGenesisHash;
    qint64 seq = 0;
    for (const Spec &s : specs) {
        AuditRecord r;
        r.seq = ++seq;
        r.time = start.addSecs(3600 * seq);
        r.actor = QString::fromUtf16(s.actor);
        r.action = QString::fromUtf16(s.action);
        r.objectType = QString::fromUtf16(s.type);
        r.objectId = QString::fromUtf16(s.id);
        QJsonObject after{{u"name"_qs, r.objectId}};
        if (s.subject)
            after = {{u"subject"_qs, QString::fromUtf16(s.subject)},
                     {u"service"_qs, QString::fromUtf16(s.service)},
                     {u"reason"_qs, QString::fromUtf16(s.reason)},
                     {u"state"_qs, r.action == u"grant.approved" ? u"active"_qs : u"pending"_qs}};
        r.before = r.action == u"grant.approved"
                       ? QJsonValue(QJsonObject{{u"subject"_qs, u"bob"_qs},
                                                {u"service"_qs, u"ledger"_qs},
                                                {u"reason"_qs, u"INC-81 batch"_qs},
                                                {u"state"_qs, u"pending"_qs}})
                       : QJsonValue(QJsonValue::Null);
        r.after = after;
        r.prevHash = prev;
        r.hash = r.computeHash();
        prev = r.hash;
        out.append(r);
    }
    return out;
}
} // namespace

class TestAuditCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_start = QDateTime::fromString(u"2026-10-01T08:00:00Z"_qs, Qt::ISODate);

    std::unique_ptr<AuditCache> openCache(const QString &name)
    {
        auto cache = std::make_unique<AuditCache>(m_dir.filePath(name));
        if (!cache->open().isNull())
            return nullptr;
        return cache;
    }

private Q_SLOTS:
    void filterParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("errorColumn"); // 0: parses
        QTest::newRow("empty") << u""_qs << 0 << 0;
        QTest::newRow("field") << u"grant = 7"_qs << 1 << 0;
        QTest::newRow("and/or") << u"actor = alice and action ~ grant or reason ~ INC"_qs << 2 << 0;
        QTest::newRow("quoted") << u"reason = \"on call\""_qs << 1 << 0;
        QTest::newRow("free text") << u"payments"_qs << 1 << 0;
        QTest::newRow("unknown field") << u"path = /x"_qs << 0 << 1;
        QTest::newRow("ordered") << u"actor > a"_qs << 0 << 7;
        QTest::newRow("missing value") << u"actor ="_qs << 0 << 8;
        QTest::newRow("unclosed") << u"reason = \"x"_qs << 0 << 10;
        QTest::newRow("no and") << u"grant = 7 actor = bob"_qs << 0 << 11;
    }
    void filterParses()
    {
        QFETCH(QString, text);
        QFETCH(int, groups);
        QFETCH(int, errorColumn);
        const auto f = AuditFilter::parse(text);
        if (errorColumn == 0) {
            QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
            QCOMPARE(int(f->groups().size()), groups);
        } else {
            QVERIFY(!f.ok());
            QCOMPARE(AuditFilter::errorColumn(f.error()), errorColumn);
        }
    }

    void fieldsOfEachRecordKind()
    {
        const auto records = chain(m_start);
        const AuditFields grant = AuditFields::of(records.at(1));
        QCOMPARE(grant.grant, u"7"_qs);
        QCOMPARE(grant.subject, u"bob"_qs);
        QCOMPARE(grant.service, u"ledger"_qs);
        QCOMPARE(grant.reason, u"INC-81 batch"_qs);
        QCOMPARE(auditChangeSummary(records.at(1)), u"state: pending → active"_qs);
        const AuditFields service = AuditFields::of(records.at(2));
        QCOMPARE(service.subject, u"service payments"_qs);
        QCOMPARE(service.service, u"payments"_qs);
        QVERIFY(service.grant.isEmpty());
    }

    void storedRecordsComeBackAsTheyWere()
    {
        auto cache = openCache(u"roundtrip.sqlite"_qs);
        QVERIFY(cache);
        const auto records = chain(m_start);
        QVERIFY(cache->store(u"p"_qs, records).isNull());
        QCOMPARE(cache->lastSeq(u"p"_qs), 4);
        QCOMPARE(cache->lastSeq(u"other"_qs), 0);
        const auto back = cache->chain(u"p"_qs, 0, 100);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(back->at(i).hash, records.at(i).hash);
            QCOMPARE(back->at(i).computeHash(), records.at(i).hash); // still hashes the same
        }
        QVERIFY(verifyChain(back.value()).ok);
        // Stored again (a full sync): replaced, not doubled.
        QVERIFY(cache->store(u"p"_qs, records.mid(1, 2)).isNull());
        QCOMPARE(cache->count(u"p"_qs, {}).value(), 4);
    }

    void pagesFilterAndPeriod_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("sinceHours"); // -1: open
        QTest::addColumn<QList<qint64>>("seqs");
        QTest::newRow("all") << u""_qs << -1 << QList<qint64>{4, 3, 2, 1};
        QTest::newRow("grant") << u"grant = 7"_qs << -1 << QList<qint64>{2, 1};
        QTest::newRow("not grant") << u"grant != 7"_qs << -1 << QList<qint64>{4, 3};
        QTest::newRow("actor, case") << u"actor = ALICE"_qs << -1 << QList<qint64>{2};
        QTest::newRow("or") << u"actor = erin or subject = dave"_qs << -1 << QList<qint64>{4, 3};
        QTest::newRow("contains") << u"action ~ created"_qs << -1 << QList<qint64>{4, 1};
        QTest::newRow("free text") << u"payments"_qs << -1 << QList<qint64>{4, 3};
        QTest::newRow("reason") << u"reason = \"on call\""_qs << -1 << QList<qint64>{4};
        QTest::newRow("since") << u""_qs << 2 << QList<qint64>{4, 3, 2};
        QTest::newRow("since and filter") << u"grant = 7"_qs << 2 << QList<qint64>{2};
    }
    void pagesFilterAndPeriod()
    {
        QFETCH(QString, filter);
        QFETCH(int, sinceHours);
        QFETCH(QList<qint64>, seqs);
        auto cache = openCache(u"filter.sqlite"_qs);
        QVERIFY(cache);
        QVERIFY(cache->store(u"p"_qs, chain(m_start)).isNull());
        AuditCache::Query q;
        q.filter = AuditFilter::parse(filter).value();
        if (sinceHours >= 0)
            q.since = m_start.addSecs(3600 * sinceHours);
        const auto page = cache->page(u"p"_qs, q);
        QVERIFY(page.ok());
        QList<qint64> got;
        for (const auto &r : page.value())
            got.append(r.seq);
        QCOMPARE(got, seqs);
        QCOMPARE(cache->count(u"p"_qs, q).value(), qint64(seqs.size()));
    }

    void claimForgetsAnotherSubjectsChain()
    {
        auto cache = openCache(u"claim.sqlite"_qs);
        QVERIFY(cache);
        QVERIFY(cache->claim(u"p"_qs, u"carol"_qs).isNull());
        QVERIFY(cache->store(u"p"_qs, chain(m_start)).isNull());
        QVERIFY(cache->claim(u"p"_qs, u"carol"_qs).isNull());
        QCOMPARE(cache->lastSeq(u"p"_qs), 4);
        QVERIFY(cache->claim(u"p"_qs, u"bob"_qs).isNull());
        QCOMPARE(cache->lastSeq(u"p"_qs), 0);
    }

    void longChainVerifiesInChunksOffTheEventLoop_data()
    {
        QTest::addColumn<qint64>("tampered"); // 0: none
        QTest::newRow("intact") << qint64(0);
        QTest::newRow("record 7777 changed") << qint64(7777);
    }
    void longChainVerifiesInChunksOffTheEventLoop()
    {
        QFETCH(qint64, tampered);
        auto cache = openCache(u"long-%1.sqlite"_qs.arg(tampered));
        QVERIFY(cache);
        const qint64 n = 10000;
        QList<AuditRecord> records;
        QString prev = kGenesisHash;
        for (qint64 seq = 1; seq <= n; ++seq) {
            AuditRecord r;
            r.seq = seq;
            r.time = m_start.addSecs(seq);
            r.actor = u"alice"_qs;
            r.action = u"grant.created"_qs;
            r.objectType = u"grant"_qs;
            r.objectId = QString::number(seq);
            r.before = QJsonValue(QJsonValue::Null);
            r.after = QJsonObject{{u"subject"_qs, u"bob"_qs}, {u"service"_qs, u"ledger"_qs}};
            r.prevHash = prev;
            r.hash = r.computeHash();
            prev = r.hash;
            if (seq == tampered)
                r.actor = u"mallory"_qs; // changed after hashing
            records.append(r);
        }
        QVERIFY(cache->store(u"p"_qs, records).isNull());
        Profile profile;
        profile.name = u"p"_qs;
        AuditVerification verification(cache.get());
        verification.setChunkSize(1000);
        // A timer that only runs when the event loop does: it must tick
        // between chunks, as a window's repaint would.
        int ticks = 0;
        QList<int> ticksAtProgress;
        QTimer timer;
        timer.setInterval(0);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        connect(&verification, &AuditVerification::progress, this,
                [&](qint64) { ticksAtProgress.append(ticks); });
        std::optional<TrustReport> report;
        connect(&verification, &AuditVerification::finished, this,
                [&](const TrustReport &r, const QString &) { report = r; });
        timer.start();
        verification.start(profile);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
        const int chunks = tampered ? int(tampered / 1000) + 1 : int(n / 1000);
        QCOMPARE(int(ticksAtProgress.size()), chunks);
        for (int i = 1; i < ticksAtProgress.size(); ++i)
            QVERIFY2(ticksAtProgress.at(i) > ticksAtProgress.at(i - 1),
                     "the event loop ran between chunks");
        if (tampered) {
            QCOMPARE(report->brokenSeq, tampered);
        } else {
            QVERIFY(report->chainOk());
            QCOMPARE(report->firstSeq, 1);
            QCOMPARE(report->lastSeq, n);
            QCOMPARE(report->pin, TrustReport::Pin::NotPinned);
        }
    }

    void modelReadsWindows()
    {
        auto cache = openCache(u"model.sqlite"_qs);
        QVERIFY(cache);
        QVERIFY(cache->store(u"p"_qs, chain(m_start)).isNull());
        AuditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        int reads = 0;
        model.setSource([&](qint64 beforeSeq, int limit) {
            ++reads;
            AuditCache::Query q;
            q.beforeSeq = beforeSeq;
            q.limit = limit;
            return cache->page(u"p"_qs, q);
        });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reads, 1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, AuditModel::SeqColumn).data().toLongLong(), 4);
        QCOMPARE(model.index(3, AuditModel::ActorColumn).data().toString(), u"bob"_qs);
        QCOMPARE(model.index(2, AuditModel::ChangeColumn).data().toString(),
                 u"state: pending → active"_qs);
        model.setBrokenSeq(3);
        QVERIFY(model.index(0, 0).data(AuditModel::BrokenRole).toBool());
        QVERIFY(!model.index(2, 0).data(AuditModel::BrokenRole).toBool());
        model.reload();
        QCOMPARE(model.rowOfSeq(1), 3); // reads windows until it is in
        QCOMPARE(model.rowOfSeq(99), -1);
    }
};

QTEST_MAIN(TestAuditCache)
#include "tst_auditcache.moc"

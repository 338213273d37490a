#include "DecisionLog.h"

#include "DecisionSqliteInsert.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "grants/Grant.h"

#include <algorithm>

namespace gatehouse::server {

namespace {
using sql::text;
const QString kColumns = u"id, decided_at, subject, subject_kind, service, method, host, path, "
                         "allowed, status, reason, grant_id, latency_us"_qs;
} // namespace

QJsonObject DecisionRecord::toJson() const
{
    return {
        {u"id"_qs, id},
        {u"decided_at"_qs, formatTime(QDateTime::fromMSecsSinceEpoch(decidedAtUs / 1000, Qt::UTC))},
        {u"subject"_qs, subject},
        {u"subject_kind"_qs, subjectKind},
        {u"service"_qs, service},
        {u"method"_qs, method},
        {u"host"_qs, host},
        {u"path"_qs, path},
        {u"allowed"_qs, allowed},
        {u"status"_qs, status},
        {u"reason"_qs, reason},
        {u"grant_id"_qs, grantId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(grantId)},
        {u"latency_us"_qs, latencyUs},
        {u"cursor"_qs, cursor()}};
}

QString DecisionRecord::cursor() const
{
    return LogCursor{decidedAtUs, id}.toString();
}

std::optional<LogCursor> LogCursor::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    const QStringView digits = QStringView(text).first(colon);
    if (!std::all_of(digits.begin(), digits.end(),
                     [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return std::nullopt;
    bool ok = false;
    const qint64 at = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return LogCursor{at, text.mid(colon + 1)};
}

DecisionLog::DecisionLog(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Error e = flush(); !e.isNull())
            qCWarning(lcServer) << "decision log:" << e.logText();
    });
    m_timer.start();
}

DecisionLog::~DecisionLog()
{
    if (Error e = flush(); !e.isNull())
        qCWarning(lcServer) << "decision log: records lost at exit:" << e.logText();
    QMutexLocker lock(&m_writing);
    m_sqlite.reset();
}

void DecisionLog::releaseConnection(const QString &connectionName)
{
    QMutexLocker lock(&m_writing);
    if (m_sqlite && m_sqlite->connectionName() == connectionName)
        m_sqlite.reset();
}

void DecisionLog::record(DecisionRecord decision)
{
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(decision));
    // Without a writer thread, a large backlog is written at once.
    if (!m_writer && m_pending.size() % 5000 == 0)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (Error e = flush(); !e.isNull())
                    qCWarning(lcServer) << "decision log:" << e.logText();
            },
            Qt::QueuedConnection);
}

void DecisionLog::setWriter(std::function<Error()> flushThere)
{
    const bool elsewhere = bool(flushThere);
    {
        QMutexLocker lock(&m_mutex);
        m_writer = std::move(flushThere);
    }
    QMetaObject::invokeMethod(
        &m_timer, [this, elsewhere] { elsewhere ? m_timer.stop() : m_timer.start(); },
        Qt::AutoConnection);
}

Error DecisionLog::flush()
{
    std::function<Error()> writer;
    {
        QMutexLocker lock(&m_mutex);
        writer = m_writer;
    }
    return writer ? writer() : write(m_connection);
}

Error DecisionLog::write(const QString &connectionName)
{
    QList<DecisionRecord> batch;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.isEmpty())
            return {};
        batch = std::exchange(m_pending, {});
    }
    QMutexLocker writing(&m_writing);
    if (!m_sqlite || m_sqlite->connectionName() != connectionName)
        m_sqlite = DecisionSqliteInsert::open(connectionName);
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    Error e = sql::inTransaction(db, u"record decisions"_qs, [&]() -> Error {
        if (m_sqlite) {
            for (const DecisionRecord &d : std::as_const(batch))
                if (Error e = m_sqlite->insert(d); !e.isNull())
                    return e;
            return {};
        }
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO decisions ("_qs + kColumns +
                  u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        for (const DecisionRecord &d : std::as_const(batch)) {
            q.addBindValue(text(d.id));
            q.addBindValue(d.decidedAtUs);
            q.addBindValue(text(d.subject));
            q.addBindValue(text(d.subjectKind));
            q.addBindValue(text(d.service));
            q.addBindValue(text(d.method));
            q.addBindValue(text(d.host));
            q.addBindValue(text(d.path));
            q.addBindValue(d.allowed);
            q.addBindValue(d.status);
            q.addBindValue(text(d.reason));
            q.addBindValue(text(d.grantId));
            q.addBindValue(d.latencyUs);
            if (Error e = sql::exec(q, u"insert decision"_qs); !e.isNull())
                return e;
        }
        return {};
    });
    if (!e.isNull()) {
        // Keep the batch for the next try while the store is away, up to a
        // bound, so an outage costs records only past that bound.
        constexpr qsizetype kMaxPending = 200000;
        QMutexLocker lock(&m_mutex);
        if (m_pending.size() + batch.size() <= kMaxPending)
            m_pending = batch + m_pending;
        else
            qCWarning(lcServer) << "decision log: dropped" << batch.size()
                                << "records while the store is failing";
    }
    return e;
}

Result<QList<DecisionRecord>> DecisionLog::list(const Query &query) const
{
    QString where = u" WHERE 1 = 1"_qs;
    if (query.after) {
        where += u" AND (decided_at > ? OR (decided_at = ? AND id > ?))"_qs;
    }
    if (query.restricted) {
        where += u" AND (subject = ?"_qs;
        for (qsizetype i = 0; i < query.services.size(); ++i)
            where += i == 0 ? u" OR service IN (?"_qs : u", ?"_qs;
        if (!query.services.isEmpty())
            where += u")"_qs;
        where += u")"_qs;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_qs + kColumns + u" FROM decisions"_qs + where +
              u" ORDER BY decided_at, id LIMIT ?"_qs);
    if (query.after) {
        q.addBindValue(query.after->atUs);
        q.addBindValue(query.after->atUs);
        q.addBindValue(query.after->id);
    }
    if (query.restricted) {
        q.addBindValue(query.subject);
        for (const QString &s : query.services)
            q.addBindValue(s);
    }
    q.addBindValue(query.limit);
    if (Error e = sql::exec(q, u"list decisions"_qs); !e.isNull())
        return e;
    QList<DecisionRecord> out;
    while (q.next()) {
        DecisionRecord d;
        d.id = q.value(0).toString();
        d.decidedAtUs = q.value(1).toLongLong();
        d.subject = q.value(2).toString();
        d.subjectKind = q.value(3).toString();
        d.service = q.value(4).toString();
        d.method = q.value(5).toString();
        d.host = q.value(6).toString();
        d.path = q.value(7).toString();
        d.allowed = q.value(8).toBool();
        d.status = q.value(9).toInt();
        d.reason = q.value(10).toString();
        d.grantId = q.value(11).toString();
        d.latencyUs = q.value(12).toLongLong();
        out.append(d);
    }
    return out;
}

} // namespace gatehouse::server

#include "AccessLogCache.h"

#include "AccessLogCacheSql.h"
#include "AppLogging.h"
#include "CacheDatabase.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QUuid>
#include <QVariantList>

#include <map>
#include <sqlite3.h>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace gatehouse {

namespace {

// Bumped whenever the tables below change shape: a cache of an older shape is
// dropped and synced again from the start (it holds nothing the server lacks).
constexpr int kSchemaVersion = 4;

using namespace accesslogsql;

// Drops the access-log tables when they were made by another version of this
// cache, with the cursors, so the next sync fetches every line again.
Error dropOlderSchema(QSqlQuery &q)
{
    const auto failed = [&q] {
        return cacheError(QStringLiteral("The local cache could not be prepared."), q.lastError());
    };
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS access_log_schema (only INTEGER PRIMARY KEY "
                u"CHECK (only = 1), version INTEGER NOT NULL)"_qs))
        return failed();
    if (!q.exec(u"SELECT version FROM access_log_schema"_qs))
        return failed();
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (version == kSchemaVersion)
        return {};
    if (version != 0)
        qCInfo(lcApp) << "access-log cache: schema" << version << "replaced by" << kSchemaVersion;
    for (const char *sql :
         {"DROP TABLE IF EXISTS access_log", "DROP TABLE IF EXISTS access_log_sync",
          "DROP TABLE IF EXISTS access_log_text", "DROP TABLE IF EXISTS access_log_hourly",
          "DROP TABLE IF EXISTS access_log_daily", "DROP TABLE IF EXISTS access_log_text_mark"})
        if (!q.exec(QString::fromLatin1(sql)))
            return failed();
    return {};
}

constexpr const char *kLineColumns =
    "profile, id, logged_at_ms, method, host, path, status, duration_us, size, remote_ip, "
    "user_id, decision_id, flagged, flag_reason, has_decision, subject, service, allowed, reason, "
    "grant_id, subject_kind, caller";

// The trigger that takes a deleted line's path out of the trigram index (if
// it was indexed: lines above the mark are not).
constexpr const char *kTextDeleteTrigger =
    "CREATE TRIGGER IF NOT EXISTS access_log_text_delete AFTER DELETE ON access_log "
    "WHEN old.seq <= (SELECT seq FROM access_log_text_mark) BEGIN "
    "INSERT INTO access_log_text (access_log_text, rowid, path) VALUES ('delete', old.seq, "
    "old.path); END";

// After lines were deleted: the mark goes no higher than the highest line
// kept, so a line stored next (seq = highest + 1) is above it, not indexed.
constexpr const char *kLowerTextMark =
    "UPDATE access_log_text_mark SET seq = min(seq, (SELECT coalesce(max(seq), 0) FROM "
    "access_log))";

Error writeError(const QString &detail)
{
    return Error{u"cache.error"_qs, QStringLiteral("The local cache could not be written."),
                 detail};
}

qint64 hourOf(qint64 ms)
{
    return ms / kHourMs * kHourMs;
}

// Counts the lines of one hour again from the lines themselves.
bool recountHour(QSqlQuery &q, const QString &profile, qint64 hourMs)
{
    q.prepare(u"DELETE FROM access_log_hourly WHERE profile = ? AND hour_ms = ?"_qs);
    q.addBindValue(profile);
    q.addBindValue(hourMs);
    if (!q.exec())
        return false;
    q.prepare(u"INSERT INTO access_log_hourly (profile, hour_ms, caller, service, status, "
              u"has_decision, allowed, flagged, n) SELECT profile, ?, caller, service, status, "
              u"has_decision, allowed, flagged, count(*) FROM access_log WHERE profile = ? AND "
              u"logged_at_ms >= ? AND logged_at_ms < ? GROUP BY caller, service, status, "
              u"has_decision, allowed, flagged"_qs);
    q.addBindValue(hourMs);
    q.addBindValue(profile);
    q.addBindValue(hourMs);
    q.addBindValue(hourMs + kHourMs);
    return q.exec();
}

qint64 dayOf(qint64 ms)
{
    return ms / kDayMs * kDayMs;
}

// Sums one day's hourly counts again.
bool recountDay(QSqlQuery &q, const QString &profile, qint64 dayMs)
{
    q.prepare(u"DELETE FROM access_log_daily WHERE profile = ? AND day_ms = ?"_qs);
    q.addBindValue(profile);
    q.addBindValue(dayMs);
    if (!q.exec())
        return false;
    q.prepare(u"INSERT INTO access_log_daily (profile, day_ms, caller, service, status, "
              u"has_decision, allowed, flagged, n) SELECT profile, ?, caller, service, status, "
              u"has_decision, allowed, flagged, sum(n) FROM access_log_hourly WHERE profile = ? "
              u"AND hour_ms >= ? AND hour_ms < ? GROUP BY caller, service, status, "
              u"has_decision, allowed, flagged"_qs);
    q.addBindValue(dayMs);
    q.addBindValue(profile);
    q.addBindValue(dayMs);
    q.addBindValue(dayMs + kDayMs);
    return q.exec();
}

// Drops the counts before `cutMs` and counts its hour and day again.
bool dropCountsBefore(QSqlQuery &q, const QString &profile, qint64 cutMs)
{
    for (const auto &[sql, at] :
         {std::pair{u"DELETE FROM access_log_hourly WHERE profile = ? AND hour_ms < ?"_qs,
                    hourOf(cutMs)},
          std::pair{u"DELETE FROM access_log_daily WHERE profile = ? AND day_ms < ?"_qs,
                    dayOf(cutMs)}}) {
        q.prepare(sql);
        q.addBindValue(profile);
        q.addBindValue(at);
        if (!q.exec())
            return false;
    }
    return recountHour(q, profile, hourOf(cutMs)) && recountDay(q, profile, dayOf(cutMs));
}

// A group of the hourly or daily counts: time bucket, caller, service,
// status, has_decision, allowed, flagged. Hashed, not ordered: a page's lines
// are counted per group with no string comparisons.
using CountKey = std::tuple<qint64, QString, QString, int, int, int, int>;
struct CountKeyHash
{
    size_t operator()(const CountKey &k) const
    {
        const auto &[at, caller, service, status, hasDecision, allowed, flagged] = k;
        return qHashMulti(0, at, caller, service, status, hasDecision, allowed, flagged);
    }
};

} // namespace

// store()'s statements, prepared once on the connection's own sqlite3 handle:
// no QVariant per value, no statement compiled per page.
struct AccessLogCache::Writer
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *find = nullptr;
    sqlite3_stmt *remove = nullptr;
    sqlite3_stmt *count = nullptr;
    sqlite3_stmt *lowerMark = nullptr;
    sqlite3_stmt *countDay = nullptr;

    ~Writer()
    {
        for (sqlite3_stmt *s : {insert, find, remove, count, lowerMark, countDay})
            sqlite3_finalize(s);
    }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    bool prepare(const char *sql, sqlite3_stmt **statement)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) ==
               SQLITE_OK;
    }
    bool prepareAll()
    {
        return prepare((std::string("INSERT INTO access_log (") + kLineColumns +
                        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                        "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) ON CONFLICT (profile, id) DO "
                        "NOTHING")
                           .c_str(),
                       &insert) &&
               prepare("SELECT seq, logged_at_ms FROM access_log WHERE profile = ?1 AND id = ?2",
                       &find) &&
               prepare("DELETE FROM access_log WHERE seq = ?1", &remove) &&
               prepare("INSERT INTO access_log_hourly (profile, hour_ms, caller, service, status, "
                       "has_decision, allowed, flagged, n) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                       "?8, ?9) ON CONFLICT (profile, hour_ms, caller, service, status, "
                       "has_decision, allowed, flagged) DO UPDATE SET n = n + excluded.n",
                       &count) &&
               prepare(kLowerTextMark, &lowerMark) &&
               prepare("INSERT INTO access_log_daily (profile, day_ms, caller, service, status, "
                       "has_decision, allowed, flagged, n) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                       "?8, ?9) ON CONFLICT (profile, day_ms, caller, service, status, "
                       "has_decision, allowed, flagged) DO UPDATE SET n = n + excluded.n",
                       &countDay);
    }
    static void bindText(sqlite3_stmt *s, int i, const QString &value)
    {
        // The QString outlives the step; '' for a null string.
        sqlite3_bind_text16(s, i, value.utf16(), int(value.size() * sizeof(char16_t)),
                            SQLITE_STATIC);
    }
    // A line's texts bound as UTF-8, the file's encoding: text bound as
    // UTF-16 is converted by SQLite, value by value, through a BOM check and
    // an allocation (a seventh of store()'s time).
    void addText(int index, QStringView text) { texts.push_back({index, text}); }
    void bindTexts(sqlite3_stmt *s)
    {
        qsizetype need = 0;
        for (const auto &[index, text] : texts)
            need += encoder.requiredSpace(text.size());
        utf8.resize(size_t(need));
        char *out = utf8.data();
        for (const auto &[index, text] : texts) {
            char *start = out;
            out = encoder.appendToBuffer(out, text);
            sqlite3_bind_text(s, index, start, int(out - start), SQLITE_STATIC);
        }
        texts.clear();
    }
    std::vector<std::pair<int, QStringView>> texts;
    std::string utf8; // what the bound texts point at until the next line
    QStringEncoder encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};

    static bool done(sqlite3_stmt *s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    }
};

AccessLogCache::AccessLogCache(const QString &path)
    : m_path(path)
    , m_connection(u"access-log-cache-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

AccessLogCache::~AccessLogCache()
{
    m_writer.reset(); // its statements go before the connection
    closeCacheDatabase(m_connection);
}

Error AccessLogCache::open()
{
    if (Error e = openCacheDatabase(m_path, m_connection); !e.isNull())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (Error e = dropOlderSchema(q); !e.isNull())
        return e;
    for (const char *sql :
         {// No trigger on insert: a statement with triggers keeps a statement
          // journal (in a temporary file: 7 page writes per stored line).
          "PRAGMA temp_store = MEMORY",
          "PRAGMA cache_size = -32000", // KiB: a sync batch's index pages stay in memory
          "CREATE TABLE IF NOT EXISTS access_log (seq INTEGER PRIMARY KEY, "
          "profile TEXT NOT NULL, id TEXT NOT NULL, "
          "logged_at_ms INTEGER NOT NULL, method TEXT NOT NULL, host TEXT NOT NULL, "
          "path TEXT NOT NULL, status INTEGER NOT NULL, duration_us INTEGER NOT NULL, "
          "size INTEGER NOT NULL, remote_ip TEXT NOT NULL, user_id TEXT NOT NULL, "
          "decision_id TEXT NOT NULL, flagged INTEGER NOT NULL, flag_reason TEXT NOT NULL, "
          "has_decision INTEGER NOT NULL, subject TEXT NOT NULL, service TEXT NOT NULL, "
          "allowed INTEGER NOT NULL, reason TEXT NOT NULL, grant_id TEXT NOT NULL, "
          "subject_kind TEXT NOT NULL, caller TEXT NOT NULL)",
          "CREATE UNIQUE INDEX IF NOT EXISTS access_log_id ON access_log (profile, id)",
          "CREATE INDEX IF NOT EXISTS access_log_time ON access_log (profile, logged_at_ms, id)",
          // "user = bob and status >= 500": the page's keys straight from the index.
          "CREATE INDEX IF NOT EXISTS access_log_caller ON access_log "
          "(profile, caller, status, logged_at_ms, id)",
          // The deny-reason facet reads denied lines only, in reason order;
          // SQLite 3.40 reads a column of the index's WHERE from the table
          // unless the index holds it too.
          "DROP INDEX IF EXISTS access_log_denied",
          "CREATE INDEX IF NOT EXISTS access_log_denied_reasons ON access_log "
          "(profile, reason, logged_at_ms, has_decision, allowed) "
          "WHERE has_decision = 1 AND allowed = 0",
          // Free text: the paths' trigrams (case as typed, like instr).
          "CREATE VIRTUAL TABLE IF NOT EXISTS access_log_text USING fts5 (path, "
          "content = 'access_log', content_rowid = 'seq', "
          "tokenize = 'trigram case_sensitive 1')",
          // Lines up to this seq are in the trigram index; those above it
          // wait for indexText() and are matched by reading their paths.
          "CREATE TABLE IF NOT EXISTS access_log_text_mark (only INTEGER PRIMARY KEY "
          "CHECK (only = 1), seq INTEGER NOT NULL)",
          "INSERT OR IGNORE INTO access_log_text_mark (only, seq) VALUES (1, 0)",
          kTextDeleteTrigger,
          "CREATE TABLE IF NOT EXISTS access_log_hourly (profile TEXT NOT NULL, "
          "hour_ms INTEGER NOT NULL, caller TEXT NOT NULL, service TEXT NOT NULL, "
          "status INTEGER NOT NULL, has_decision INTEGER NOT NULL, allowed INTEGER NOT NULL, "
          "flagged INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (profile, hour_ms, "
          "caller, service, status, has_decision, allowed, flagged)) WITHOUT ROWID",
          "CREATE TABLE IF NOT EXISTS access_log_daily (profile TEXT NOT NULL, "
          "day_ms INTEGER NOT NULL, caller TEXT NOT NULL, service TEXT NOT NULL, "
          "status INTEGER NOT NULL, has_decision INTEGER NOT NULL, allowed INTEGER NOT NULL, "
          "flagged INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (profile, day_ms, "
          "caller, service, status, has_decision, allowed, flagged)) WITHOUT ROWID",
          // Daily counts are sums of the hourly ones (filled here if missing).
          "INSERT INTO access_log_daily SELECT profile, hour_ms / 86400000 * 86400000, "
          "caller, service, status, has_decision, allowed, flagged, sum(n) "
          "FROM access_log_hourly WHERE NOT EXISTS (SELECT 1 FROM access_log_daily) "
          "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8",
          "CREATE TABLE IF NOT EXISTS access_log_sync (profile TEXT PRIMARY KEY, "
          "cursor TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '')"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return cacheError(QStringLiteral("The local cache could not be prepared."),
                              q.lastError());
    }
    q.prepare(u"INSERT OR REPLACE INTO access_log_schema (only, version) VALUES (1, ?)"_qs);
    q.addBindValue(kSchemaVersion);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be prepared."), q.lastError());
    m_open = true;
    return {};
}

Error AccessLogCache::store(const QString &profile, const QList<AccessLogEntry> &lines,
                            const QString &cursor)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!m_writer) {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return writeError(u"not an SQLite connection"_qs);
        auto writer = std::make_unique<Writer>();
        writer->db = *static_cast<sqlite3 *const *>(handle.constData());
        if (!writer->prepareAll())
            return writeError(writer->lastError());
        m_writer = std::move(writer);
    }
    Writer &w = *m_writer;
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    const auto fail = [&](const QString &detail) {
        db.rollback();
        qCWarning(lcApp) << "access-log cache write failed:" << detail;
        return writeError(detail);
    };
    // Lines added per hourly count; hours where a line was replaced are
    // counted again from the lines instead.
    std::unordered_map<CountKey, qint64, CountKeyHash> added;
    QSet<qint64> recount;
    Writer::bindText(w.find, 1, profile);
    for (const AccessLogEntry &e : lines) {
        const qint64 atMs = e.loggedAt.toMSecsSinceEpoch();
        const QString caller = e.caller();
        sqlite3_stmt *s = w.insert;
        w.addText(1, profile);
        w.addText(2, e.id);
        sqlite3_bind_int64(s, 3, atMs);
        w.addText(4, e.method);
        w.addText(5, e.host);
        w.addText(6, e.path);
        sqlite3_bind_int(s, 7, e.status);
        sqlite3_bind_int64(s, 8, e.durationUs);
        sqlite3_bind_int64(s, 9, e.size);
        w.addText(10, e.remoteIp);
        w.addText(11, e.userId);
        w.addText(12, e.decisionId);
        sqlite3_bind_int(s, 13, e.flagged ? 1 : 0);
        w.addText(14, e.flagReason);
        sqlite3_bind_int(s, 15, e.hasDecision ? 1 : 0);
        w.addText(16, e.subject);
        w.addText(17, e.service);
        sqlite3_bind_int(s, 18, e.allowed ? 1 : 0);
        w.addText(19, e.reason);
        w.addText(20, e.grantId);
        w.addText(21, e.subjectKind);
        w.addText(22, caller);
        w.bindTexts(s);
        if (!Writer::done(s))
            return fail(w.lastError());
        if (sqlite3_changes(w.db) == 0) { // seen before: replaced
            Writer::bindText(w.find, 2, e.id);
            if (sqlite3_step(w.find) != SQLITE_ROW) {
                sqlite3_reset(w.find);
                return fail(w.lastError());
            }
            const qint64 seq = sqlite3_column_int64(w.find, 0);
            recount.insert(hourOf(sqlite3_column_int64(w.find, 1)));
            sqlite3_reset(w.find);
            sqlite3_bind_int64(w.remove, 1, seq);
            if (!Writer::done(w.remove) || !Writer::done(w.lowerMark) || !Writer::done(s))
                return fail(w.lastError());
            recount.insert(hourOf(atMs));
        } else {
            ++added[CountKey{hourOf(atMs), caller, e.service, e.status, e.hasDecision ? 1 : 0,
                             e.allowed ? 1 : 0, e.flagged ? 1 : 0}];
        }
    }
    for (const auto &[key, n] : added) {
        const auto &[hour, caller, service, status, hasDecision, allowed, flagged] = key;
        if (recount.contains(hour))
            continue;
        sqlite3_stmt *s = w.count;
        Writer::bindText(s, 1, profile);
        sqlite3_bind_int64(s, 2, hour);
        Writer::bindText(s, 3, caller);
        Writer::bindText(s, 4, service);
        sqlite3_bind_int(s, 5, status);
        sqlite3_bind_int(s, 6, hasDecision);
        sqlite3_bind_int(s, 7, allowed);
        sqlite3_bind_int(s, 8, flagged);
        sqlite3_bind_int64(s, 9, n);
        if (!Writer::done(s))
            return fail(w.lastError());
    }
    QSqlQuery c(db);
    QSet<qint64> recountDays;
    for (const qint64 hour : std::as_const(recount)) {
        if (!recountHour(c, profile, hour))
            return fail(c.lastError().text());
        recountDays.insert(dayOf(hour));
    }
    std::unordered_map<CountKey, qint64, CountKeyHash> addedDays;
    for (const auto &[key, n] : added) {
        CountKey day = key;
        std::get<0>(day) = dayOf(std::get<0>(key));
        if (!recountDays.contains(std::get<0>(day)))
            addedDays[day] += n;
    }
    for (const auto &[key, n] : addedDays) {
        const auto &[day, caller, service, status, hasDecision, allowed, flagged] = key;
        sqlite3_stmt *s = w.countDay;
        Writer::bindText(s, 1, profile);
        sqlite3_bind_int64(s, 2, day);
        Writer::bindText(s, 3, caller);
        Writer::bindText(s, 4, service);
        sqlite3_bind_int(s, 5, status);
        sqlite3_bind_int(s, 6, hasDecision);
        sqlite3_bind_int(s, 7, allowed);
        sqlite3_bind_int(s, 8, flagged);
        sqlite3_bind_int64(s, 9, n);
        if (!Writer::done(s))
            return fail(w.lastError());
    }
    for (const qint64 day : std::as_const(recountDays))
        if (!recountDay(c, profile, day))
            return fail(c.lastError().text());
    c.prepare(u"INSERT INTO access_log_sync (profile, cursor) VALUES (?, coalesce(?, '')) "
              u"ON CONFLICT (profile) DO UPDATE SET cursor = excluded.cursor"_qs);
    c.addBindValue(profile);
    c.addBindValue(cursor);
    if (!c.exec())
        return fail(c.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return {};
}

Error AccessLogCache::claim(const QString &profile, const QString &subject)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"SELECT subject FROM access_log_sync WHERE profile = ?"_qs);
    q.addBindValue(profile);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    if (q.next() && q.value(0).toString() == subject)
        return {};
    q.prepare(u"SELECT 1 FROM access_log WHERE profile IS NOT ? LIMIT 1"_qs);
    q.addBindValue(profile);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    const bool onlyProfile = !q.next();
    q.finish();
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    QSqlQuery w(db);
    QStringList statements;
    if (onlyProfile) // all lines go at once, not one index entry at a time
        statements = {u"DROP TRIGGER access_log_text_delete"_qs, u"DELETE FROM access_log"_qs,
                      u"INSERT INTO access_log_text (access_log_text) VALUES ('delete-all')"_qs,
                      QString::fromLatin1(kTextDeleteTrigger)};
    else
        statements = {u"DELETE FROM access_log WHERE profile = ?"_qs};
    statements +=
        {QString::fromLatin1(kLowerTextMark), u"DELETE FROM access_log_hourly WHERE profile = ?"_qs,
         u"DELETE FROM access_log_daily WHERE profile = ?"_qs,
         u"INSERT INTO access_log_sync (profile, cursor, subject) VALUES (?, '', "
         u"coalesce(?, '')) ON CONFLICT (profile) DO UPDATE SET cursor = '', "
         u"subject = excluded.subject"_qs};
    bool ok = true;
    for (const QString &sql : std::as_const(statements)) {
        w.prepare(sql);
        if (sql.contains(u'?'))
            w.addBindValue(profile);
        if (sql.contains(u"subject"))
            w.addBindValue(subject);
        ok = ok && w.exec();
    }
    if (!ok || !db.commit()) {
        const QSqlError error = w.lastError().isValid() ? w.lastError() : db.lastError();
        db.rollback();
        return cacheError(QStringLiteral("The local cache could not be written."), error);
    }
    return {};
}

Result<qint64> AccessLogCache::prune(const QString &profile, const QDateTime &olderThan,
                                     qint64 maxLines)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    QSqlQuery q(db);
    qint64 deleted = 0;
    bool ok = true;
    if (olderThan.isValid()) {
        q.prepare(u"DELETE FROM access_log WHERE profile = ? AND logged_at_ms < ?"_qs);
        q.addBindValue(profile);
        q.addBindValue(olderThan.toMSecsSinceEpoch());
        ok = q.exec();
        const qint64 n = ok ? q.numRowsAffected() : 0;
        deleted += n;
        if (ok && n > 0)
            ok = dropCountsBefore(q, profile, olderThan.toMSecsSinceEpoch());
    }
    if (ok && maxLines > 0) {
        // The newest maxLines stay: the cut is the key of the first line past them.
        q.prepare(u"SELECT logged_at_ms, id FROM access_log WHERE profile = ? "
                  u"ORDER BY logged_at_ms DESC, id DESC LIMIT 1 OFFSET ?"_qs);
        q.addBindValue(profile);
        q.addBindValue(maxLines);
        ok = q.exec();
        if (ok && q.next()) {
            const qint64 cutMs = q.value(0).toLongLong();
            const QString cutId = q.value(1).toString();
            q.prepare(u"DELETE FROM access_log WHERE profile = ? AND (logged_at_ms, id) <= "
                      u"(?, ?)"_qs);
            q.addBindValue(profile);
            q.addBindValue(cutMs);
            q.addBindValue(cutId);
            ok = q.exec();
            deleted += ok ? q.numRowsAffected() : 0;
            ok = ok && dropCountsBefore(q, profile, cutMs);
        }
    }
    if (ok && deleted > 0)
        ok = q.exec(QString::fromLatin1(kLowerTextMark));
    if (!ok || !db.commit()) {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return cacheError(QStringLiteral("The local cache could not be written."), error);
    }
    if (deleted > 0)
        qCInfo(lcApp) << "access-log cache: retention deleted" << deleted << "lines";
    return deleted;
}

QString AccessLogCache::cursor(const QString &profile) const
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT cursor FROM access_log_sync WHERE profile = ?"_qs);
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<qint64> AccessLogCache::indexText(qint64 maxLines)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    QSqlQuery q(db);
    const auto failed = [&] {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return cacheError(QStringLiteral("The local cache could not be written."), error);
    };
    // The next maxLines lines above the mark, in seq order (a range of the
    // table itself), go into the index in one statement; the mark moves to
    // the last of them.
    q.prepare(u"SELECT max(seq) FROM (SELECT seq FROM access_log WHERE seq > (SELECT seq FROM "
              u"access_log_text_mark) ORDER BY seq LIMIT ?)"_qs);
    q.addBindValue(std::max<qint64>(1, maxLines));
    if (!q.exec() || !q.next())
        return failed();
    const QVariant last = q.value(0);
    q.finish();
    if (!last.isNull()) {
        q.prepare(u"INSERT INTO access_log_text (rowid, path) SELECT seq, path FROM access_log "
                  u"WHERE seq > (SELECT seq FROM access_log_text_mark) AND seq <= ? "
                  u"ORDER BY seq"_qs);
        q.addBindValue(last);
        if (!q.exec())
            return failed();
        q.prepare(u"UPDATE access_log_text_mark SET seq = ?"_qs);
        q.addBindValue(last);
        if (!q.exec())
            return failed();
    }
    // An upper bound (seq has gaps where lines were deleted), 0 exactly when
    // none waits; counting the rows would read the whole tail on every call.
    q.prepare(u"SELECT max(0, coalesce(max(seq), 0) - (SELECT seq FROM access_log_text_mark)) "
              u"FROM access_log"_qs);
    if (!q.exec() || !q.next())
        return failed();
    const qint64 waiting = q.value(0).toLongLong();
    q.finish();
    if (!db.commit())
        return failed();
    return waiting;
}

} // namespace gatehouse

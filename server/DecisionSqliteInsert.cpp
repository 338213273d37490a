#include "DecisionSqliteInsert.h"

#include "DecisionLog.h"
#include "ServerLogging.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace gatehouse::server {

namespace {

// Every text column is NOT NULL: an empty value is bound as "".
void bindText(sqlite3_stmt *s, int index, const QString &text)
{
    sqlite3_bind_text16(s, index, text.isEmpty() ? static_cast<const void *>(u"") : text.utf16(),
                        int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

} // namespace

std::unique_ptr<DecisionSqliteInsert> DecisionSqliteInsert::open(const QString &connectionName)
{
    sqlite3 *handle = sqliteHandle(QSqlDatabase::database(connectionName, false));
    if (!handle)
        return {};
    std::unique_ptr<DecisionSqliteInsert> insert(new DecisionSqliteInsert);
    insert->m_connection = connectionName;
    insert->m_db = handle;
    // The same columns, in the same order, as DecisionLog's portable path.
    if (!insert->m_db ||
        sqlite3_prepare_v3(insert->m_db,
                           "INSERT INTO decisions (id, decided_at, subject, subject_kind, service, "
                           "method, host, path, allowed, status, reason, grant_id, latency_us) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                           -1, SQLITE_PREPARE_PERSISTENT, &insert->m_insert,
                           nullptr) != SQLITE_OK) {
        qCWarning(lcServer) << "decision log: cannot prepare the SQLite insert:"
                            << (insert->m_db ? sqlite3_errmsg(insert->m_db) : "no handle");
        return {};
    }
    return insert;
}

DecisionSqliteInsert::~DecisionSqliteInsert()
{
    sqlite3_finalize(m_insert);
}

Error DecisionSqliteInsert::insert(const DecisionRecord &d)
{
    sqlite3_stmt *s = m_insert;
    bindText(s, 1, d.id);
    sqlite3_bind_int64(s, 2, d.decidedAtUs);
    bindText(s, 3, d.subject);
    bindText(s, 4, d.subjectKind);
    bindText(s, 5, d.service);
    bindText(s, 6, d.method);
    bindText(s, 7, d.host);
    bindText(s, 8, d.path);
    sqlite3_bind_int(s, 9, d.allowed ? 1 : 0);
    sqlite3_bind_int(s, 10, d.status);
    bindText(s, 11, d.reason);
    bindText(s, 12, d.grantId);
    sqlite3_bind_int64(s, 13, d.latencyUs);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_DONE)
        return {};
    return Error{u"store.error"_qs,
                 QCoreApplication::translate("Store", "The database reported an error."),
                 u"insert decision: "_qs + QString::fromUtf8(sqlite3_errmsg(m_db))};
}

} // namespace gatehouse::server

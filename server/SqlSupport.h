#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace gatehouse::server::sql {

inline Error storeError(const QString &what, const QSqlError &error)
{
    return Error{u"store.error"_qs,
                 QCoreApplication::translate("Store", "The database reported an error."),
                 what + u": "_qs + error.text()};
}

// A null QString binds as SQL NULL, which NOT NULL text columns refuse;
// absent text is stored as "".
inline QString text(const QString &s)
{
    return s.isNull() ? QString(u""_qs) : s;
}

inline Error exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return storeError(what, query.lastError());
    return {};
}

// Runs fn inside a SQLite transaction that takes the write lock at its start
// (BEGIN IMMEDIATE, waiting up to the connection's busy_timeout for it). A
// deferred transaction that reads first and writes later fails at once with
// SQLITE_BUSY when another connection, such as the log thread's, committed in
// between: every write transaction here is immediate.
template<typename Fn> Error inImmediateTransaction(QSqlDatabase db, const QString &what, Fn fn)
{
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_qs))
        return storeError(what + u" (begin)"_qs, begin.lastError());
    begin.finish();
    Error error = fn();
    QSqlQuery end(db);
    if (!error.isNull()) {
        end.exec(u"ROLLBACK"_qs);
        return error;
    }
    if (!end.exec(u"COMMIT"_qs)) {
        const QSqlError commitError = end.lastError();
        QSqlQuery(db).exec(u"ROLLBACK"_qs);
        return storeError(what + u" (commit)"_qs, commitError);
    }
    return {};
}

// Runs fn inside a transaction; commits when it returns a null Error and
// rolls back otherwise, so a failure or a crash never leaves half a change.
template<typename Fn> Error inTransaction(QSqlDatabase db, const QString &what, Fn fn)
{
    if (db.driverName() == u"QSQLITE")
        return inImmediateTransaction(db, what, fn);
    if (!db.transaction())
        return storeError(what + u" (begin)"_qs, db.lastError());
    Error error = fn();
    if (!error.isNull()) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const QSqlError commitError = db.lastError();
        db.rollback();
        return storeError(what + u" (commit)"_qs, commitError);
    }
    return {};
}

// Like inTransaction, but only one connection at a time runs it, across
// processes: SQLite takes the write lock at BEGIN IMMEDIATE; PostgreSQL takes a
// transaction-scoped advisory lock on `lockKey` first, which it releases at
// commit or rollback. For start-up steps that several replicas run at once.
template<typename Fn>
Error inExclusiveTransaction(QSqlDatabase db, qint64 lockKey, const QString &what, Fn fn)
{
    if (db.driverName() == u"QPSQL") {
        return inTransaction(db, what, [&]() -> Error {
            QSqlQuery lock(db);
            lock.prepare(u"SELECT pg_advisory_xact_lock(?)"_qs);
            lock.addBindValue(lockKey);
            if (Error e = exec(lock, what + u" (lock)"_qs); !e.isNull())
                return e;
            return fn();
        });
    }
    return inImmediateTransaction(db, what, fn);
}

} // namespace gatehouse::server::sql

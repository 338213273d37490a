#pragma once

#include "Result.h"
#include "audit/AuditRecord.h"

#include <QAbstractTableModel>

#include <functional>

namespace gatehouse {

// The audit chain, newest first, read in windows: the first page when the
// source is set, the next one when a view scrolls to the end (fetchMore).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        ServiceColumn,
        GrantColumn,
        ReasonColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1, BrokenRole };

    // The records with seq below `beforeSeq` (0: from the newest), at most
    // `limit`, newest first.
    using PageSource = std::function<Result<QList<AuditRecord>>(qint64 beforeSeq, int limit)>;

    explicit AuditModel(QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    void setSource(PageSource source);
    void reload();
    // The first record verification found bad (-1: none), drawn as such.
    void setBrokenSeq(qint64 seq);
    // Loads windows until the record is in; its row, or -1 when it is not
    // in the source (filtered out, or not cached).
    int rowOfSeq(qint64 seq);
    const AuditRecord *recordAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    PageSource m_source;
    QList<AuditRecord> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_busy = false;
    qint64 m_brokenSeq = -1;
    QString m_error;
};

} // namespace gatehouse

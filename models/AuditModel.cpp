#include "AuditModel.h"

#include "audit/AuditFields.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace gatehouse {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditModel::setSource(PageSource source)
{
    m_source = std::move(source);
    reload();
}

void AuditModel::reload()
{
    if (m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    // The first window is read inside the reset: a view asking for more
    // while the reset is under way gets nothing until it is over.
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_atEnd = !m_source;
    if (m_source) {
        auto page = m_source(0, m_pageSize);
        if (page) {
            m_rows = std::move(page.value());
            m_atEnd = m_rows.size() < m_pageSize;
        } else {
            m_error = page.error().message;
            m_atEnd = true;
        }
    }
    endResetModel();
}

void AuditModel::setBrokenSeq(qint64 seq)
{
    if (seq == m_brokenSeq)
        return;
    m_brokenSeq = seq;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditModel::rowOfSeq(qint64 seq)
{
    while (true) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).seq == seq)
                return i;
        if (m_atEnd || (!m_rows.isEmpty() && m_rows.constLast().seq < seq))
            return -1;
        fetchMore({});
    }
}

const AuditRecord *AuditModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_rows.at(index.row());
    const bool broken = m_brokenSeq > 0 && r.seq >= m_brokenSeq;
    if (role == SeqRole)
        return r.seq;
    if (role == BrokenRole)
        return broken;
    if (role == Qt::ForegroundRole && broken)
        return QBrush(QColor(0xb4, 0x23, 0x18));
    if (role == Qt::FontRole && r.seq == m_brokenSeq) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
        return auditChangeSummary(r);
    if (role != Qt::DisplayRole)
        return {};
    const AuditFields f = AuditFields::of(r);
    switch (Column(index.column())) {
    case SeqColumn:
        return r.seq;
    case TimeColumn:
        return QLocale().toString(r.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_qs);
    case ActorColumn:
        return r.actor;
    case ActionColumn:
        return r.action;
    case SubjectColumn:
        return f.subject;
    case ServiceColumn:
        return f.service;
    case GrantColumn:
        return f.grant;
    case ReasonColumn:
        return f.reason;
    case ChangeColumn:
        return auditChangeSummary(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case ServiceColumn:
        return tr("Service");
    case GrantColumn:
        return tr("Grant");
    case ReasonColumn:
        return tr("Reason");
    case ChangeColumn:
        return tr("Before → after");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_source || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    auto page = m_source(before, m_pageSize);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace gatehouse

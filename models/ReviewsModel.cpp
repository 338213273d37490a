#include "ReviewsModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace gatehouse {

ReviewsModel::ReviewsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewsModel::setCampaigns(const QList<ReviewCampaign> &campaigns)
{
    beginResetModel();
    m_campaigns.clear();
    m_rows.clear();
    for (const ReviewCampaign &c : campaigns)
        if (c.state == ReviewCampaign::State::Open && !c.items.isEmpty())
            m_campaigns.append(c);
    for (qsizetype c = 0; c < m_campaigns.size(); ++c)
        for (qsizetype i = 0; i < m_campaigns.at(c).items.size(); ++i)
            m_rows.append({c, i});
    // Pending first, soonest due first; then what has been decided.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        const bool pa = m_campaigns.at(a.campaign).items.at(a.item).isPending();
        const bool pb = m_campaigns.at(b.campaign).items.at(b.item).isPending();
        if (pa != pb)
            return pa;
        return m_campaigns.at(a.campaign).dueAt < m_campaigns.at(b.campaign).dueAt;
    });
    endResetModel();
}

int ReviewsModel::pendingCount() const
{
    int n = 0;
    for (const ReviewCampaign &c : m_campaigns)
        n += c.pendingCount();
    return n;
}

QDateTime ReviewsModel::nextDue() const
{
    QDateTime due;
    for (const ReviewCampaign &c : m_campaigns)
        if (c.pendingCount() > 0 && (!due.isValid() || c.dueAt < due))
            due = c.dueAt;
    return due;
}

const ReviewItem *ReviewsModel::itemAt(int row, const ReviewCampaign **campaign) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const Row &r = m_rows.at(row);
    if (campaign)
        *campaign = &m_campaigns.at(r.campaign);
    return &m_campaigns.at(r.campaign).items.at(r.item);
}

int ReviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewsModel::decisionText(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Pending:
        return tr("Waiting for you");
    case ReviewDecision::Keep:
        return tr("Kept");
    case ReviewDecision::Revoke:
        return tr("Revoked");
    case ReviewDecision::RevokeRequested:
        return tr("Removal requested");
    case ReviewDecision::Unreviewed:
        return tr("Not reviewed");
    case ReviewDecision::UnreviewedRevoked:
        return tr("Not reviewed, revoked");
    }
    return {};
}

QString ReviewsModel::holderText(const ReviewItem &item)
{
    switch (item.subjectKind) {
    case SubjectKind::User:
        return item.subject;
    case SubjectKind::Group:
        return tr("group %1").arg(item.subject);
    case SubjectKind::Service:
        return tr("service %1").arg(item.subject);
    case SubjectKind::Agent:
        return tr("agent %1").arg(item.subject);
    }
    return item.subject;
}

QString ReviewsModel::shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString ReviewsModel::longTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + u' ' +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString ReviewsModel::accessText(const ReviewItem &item)
{
    const QString methods = item.methods.isEmpty() || item.methods.contains(u"*"_qs)
                                ? tr("all methods")
                                : item.methods.join(u", "_qs);
    const QString paths = item.pathPrefixes.isEmpty() || item.pathPrefixes == QStringList{u"/"_qs}
                              ? tr("every path")
                              : item.pathPrefixes.join(u", "_qs);
    return tr("%1 on %2").arg(methods, paths);
}

QVariant ReviewsModel::data(const QModelIndex &index, int role) const
{
    const ReviewCampaign *campaign = nullptr;
    const ReviewItem *item = index.isValid() ? itemAt(index.row(), &campaign) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case CampaignIdRole:
        return campaign->id;
    case ItemIdRole:
        return item->id;
    case PendingRole:
        return item->isPending();
    case Qt::FontRole:
        if (index.column() == DecisionColumn && item->isPending()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn)
            return campaign->dueAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_qs);
        if (index.column() == ReasonColumn)
            return item->reason;
        if (index.column() == DecisionColumn && !item->isPending())
            return tr("By %1 at %2").arg(item->decidedBy, shortTime(item->decidedAt));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ServiceColumn:
        return item->service;
    case HolderColumn:
        return holderText(*item);
    case AccessColumn:
        return accessText(*item);
    case KindColumn:
        return item->kind == ReviewItemKind::Standing
                   ? tr("Standing permission")
                   : tr("Grant until %1").arg(shortTime(item->expiresAt));
    case DecisionColumn:
        return decisionText(item->decision);
    case ReasonColumn:
        return item->reason;
    case CampaignColumn:
        return campaign->name;
    case DueColumn:
        return shortTime(campaign->dueAt);
    }
    return {};
}

QVariant ReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case HolderColumn:
        return tr("Who");
    case AccessColumn:
        return tr("Access");
    case KindColumn:
        return tr("Kind");
    case DecisionColumn:
        return tr("Decision");
    case ReasonColumn:
        return tr("Reason");
    case CampaignColumn:
        return tr("Review");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace gatehouse

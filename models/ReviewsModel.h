#pragma once

#include "reviews/Review.h"

#include <QAbstractTableModel>

namespace gatehouse {

// The items of open access reviews the signed-in user is shown (an owner:
// those on their services), pending first, then the ones decided, each
// with its campaign. One row per item.
class ReviewsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServiceColumn,
        HolderColumn,
        AccessColumn,
        KindColumn,
        DecisionColumn,
        CampaignColumn,
        DueColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        CampaignIdRole = Qt::UserRole + 1,
        ItemIdRole,
        PendingRole, // bool
    };

    explicit ReviewsModel(QObject *parent = nullptr);

    // Replaces the rows with the open campaigns' items.
    void setCampaigns(const QList<ReviewCampaign> &campaigns);
    void clear() { setCampaigns({}); }
    // Pending items, and the earliest due date among them (invalid when none).
    int pendingCount() const;
    QDateTime nextDue() const;
    // The item and its campaign at `row`; nullptr when out of range.
    const ReviewItem *itemAt(int row, const ReviewCampaign **campaign = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString decisionText(ReviewDecision decision);
    static QString holderText(const ReviewItem &item);
    static QString accessText(const ReviewItem &item);
    // In the user's locale and time zone, to the minute: short ("22.12.26
    // 09:30") and long ("Tuesday, 22 December 2026 09:30").
    static QString shortTime(const QDateTime &time);
    static QString longTime(const QDateTime &time);

private:
    struct Row
    {
        qsizetype campaign;
        qsizetype item;
    };
    QList<ReviewCampaign> m_campaigns;
    QList<Row> m_rows;
};

} // namespace gatehouse

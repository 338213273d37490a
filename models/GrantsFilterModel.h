#pragma once

#include "grants/Grant.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace gatehouse {

// Which grants the grants view shows: by state (active, pending, ended) and
// by free text over who, service, reason and requester.
class GrantsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GrantsFilterModel(QObject *parent = nullptr);

    void setStates(const QSet<GrantState> &states);
    QSet<GrantState> states() const { return m_states; }
    void setText(const QString &text);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<GrantState> m_states;
    QString m_text;
};

} // namespace gatehouse

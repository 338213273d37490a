#pragma once

#include "grants/Grant.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace gatehouse {

// Grants with their history (active, pending, expired, revoked, denied,
// lapsed) as the control plane lists them. "Time left" counts down: setNow()
// is called every second and only that column is reported changed.
class GrantsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        ServiceColumn,
        ScopeColumn,
        StateColumn,
        TimeLeftColumn,
        ReasonColumn,
        RequestedByColumn,
        ColumnCount
    };
    enum Role {
        GrantIdRole = Qt::UserRole + 1,
        StateRole,
        ExpiresAtRole,
        SortRole,
        MeshProblemRole, // "not applied in the mesh: <Kuma's answer>", or empty
    };

    explicit GrantsModel(QObject *parent = nullptr);

    // Replaces the list, keeping rows that did not change (selection survives).
    void setGrants(const QList<Grant> &grants);
    // One grant as the control plane returned it from a change: its row is
    // updated in place, or a new grant goes first (the list is newest first).
    void setGrant(const Grant &grant);
    const QList<Grant> &grants() const { return m_grants; }
    const Grant *grantById(const QString &id) const;
    int rowOf(const QString &id) const;
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString scopeText(const Grant &grant);

Q_SIGNALS:
    // The list changed (not just the clock): filters must look again.
    void grantsReplaced();

public:
    static QString stateText(GrantState state);
    // Empty when the grant has no mesh policy or its policy is in place.
    static QString meshProblemText(const Grant &grant);

private:
    QString timeLeftText(const Grant &grant) const;

    QList<Grant> m_grants;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace gatehouse

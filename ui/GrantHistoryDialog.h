#pragma once

#include "audit/AuditRecord.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace gatehouse {

// A grant's whole history from the audit chain, oldest first: requested,
// approved or denied, extended, revoked, expired, each with who, when and
// why; with a way to the same records in the Audit tab.
class GrantHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, WhoColumn, WhyColumn, SeqColumn, ColumnCount };

    // `records`: the grant's audit records, oldest first. `trust`: one
    // sentence on how far the chain they come from verified.
    GrantHistoryDialog(const QString &grantId, const QList<AuditRecord> &records,
                       const QString &trust, QWidget *parent = nullptr);

    QTreeWidget *events() const { return m_events; }

    // One step of a grant's life in words: what happened and why.
    static QString stepText(const AuditRecord &record);
    static QString whyText(const AuditRecord &record);

Q_SIGNALS:
    void showInAuditRequested(const QString &grantId);

private:
    QLabel *m_summary;
    QTreeWidget *m_events;
};

} // namespace gatehouse

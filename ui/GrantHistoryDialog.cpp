#include "GrantHistoryDialog.h"

#include "audit/AuditFields.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm"_qs) : QString();
}
QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QString joined(const QJsonValue &v)
{
    QStringList parts;
    for (const auto &item : v.toArray())
        parts.append(item.toString());
    return parts.join(u", "_qs);
}
} // namespace

QString GrantHistoryDialog::stepText(const AuditRecord &r)
{
    const QString a = r.action;
    if (a == u"grant.created") {
        const bool active = r.after.toObject().value(u"state").toString() == u"active";
        return active ? tr("Requested and active at once") : tr("Requested");
    }
    if (a == u"grant.approved")
        return tr("Approved");
    if (a == u"grant.denied")
        return tr("Denied");
    if (a == u"grant.extended")
        return tr("Extended");
    if (a == u"grant.revoked")
        return tr("Revoked");
    if (a == u"grant.expired")
        return tr("Expired");
    if (a == u"grant.lapsed")
        return tr("Lapsed: nobody decided in time");
    return a;
}

QString GrantHistoryDialog::whyText(const AuditRecord &r)
{
    const QJsonObject before = r.before.toObject();
    const QJsonObject after = r.after.toObject();
    const QString a = r.action;
    if (a == u"grant.created") {
        QString text = tr("“%1”").arg(after.value(u"reason").toString());
        if (const QString ticket = after.value(u"ticket").toString(); !ticket.isEmpty())
            text += tr(", ticket %1").arg(ticket);
        return text + tr(" — %1 on %2, %3 %4, until %5")
                          .arg(after.value(u"subject").toString(),
                               after.value(u"service").toString(), joined(after.value(u"methods")),
                               joined(after.value(u"path_prefixes")),
                               when(timeOf(after.value(u"expires_at"))));
    }
    if (a == u"grant.extended")
        return tr("until %1 instead of %2")
            .arg(when(timeOf(after.value(u"expires_at"))),
                 when(timeOf(before.value(u"expires_at"))));
    if (a == u"grant.expired")
        return tr("its window ended at %1").arg(when(timeOf(after.value(u"expires_at"))));
    if (a == u"grant.lapsed")
        return tr("not reviewed by %1").arg(when(timeOf(after.value(u"review_by"))));
    return tr("no reason recorded");
}

GrantHistoryDialog::GrantHistoryDialog(const QString &grantId, const QList<AuditRecord> &records,
                                       const QString &trust, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"grantHistoryDialog"_qs);
    setWindowTitle(tr("History of grant %1").arg(grantId));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"grantHistorySummary"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    QString head;
    if (records.isEmpty()) {
        head = tr("The audit records synced to this computer hold nothing about grant %1.")
                   .arg(grantId.toHtmlEscaped());
    } else {
        const AuditFields f = AuditFields::of(records.constFirst());
        head =
            tr("<b>Grant %1</b>: %2 on %3. %n step(s) on record, from the audit chain.", "",
               int(records.size()))
                .arg(grantId.toHtmlEscaped(), f.subject.toHtmlEscaped(), f.service.toHtmlEscaped());
    }
    if (!trust.isEmpty())
        head += u"<br>"_qs + trust;
    m_summary->setText(head);
    layout->addWidget(m_summary);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(u"grantHistoryEvents"_qs);
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(true);
    m_events->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Why"), tr("Seq")});
    for (const AuditRecord &r : records) {
        auto *item = new QTreeWidgetItem(m_events);
        item->setText(WhenColumn,
                      QLocale().toString(r.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_qs));
        item->setText(WhatColumn, stepText(r));
        item->setText(WhoColumn, r.actor);
        item->setText(WhyColumn, whyText(r));
        item->setToolTip(WhyColumn, whyText(r));
        item->setText(SeqColumn, QString::number(r.seq));
    }
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    for (int c : {WhenColumn, WhatColumn, WhoColumn, SeqColumn})
        m_events->resizeColumnToContents(c);
    layout->addWidget(m_events, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *show = buttons->addButton(tr("Show in &Audit tab"), QDialogButtonBox::ActionRole);
    show->setObjectName(u"grantHistoryShowInAudit"_qs);
    connect(show, &QPushButton::clicked, this, [this, grantId] {
        Q_EMIT showInAuditRequested(grantId);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 360);
}

} // namespace gatehouse

#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace gatehouse {

// The most frequent callers, services, statuses and deny reasons among the
// lines the filter keeps, with their counts. Choosing one narrows the filter
// to it.
class AccessLogFacets : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Callers, Services, Statuses, DenyReasons, KindCount };
    Q_ENUM(Kind)
    using Counts = QList<QPair<QString, qint64>>; // value, count; most first

    explicit AccessLogFacets(QWidget *parent = nullptr);

    void setCounts(Kind kind, const Counts &counts);
    QListWidget *list(Kind kind) const { return m_lists.at(kind); }
    // The filter-language field a kind narrows on: user, service, status, reason.
    static QString fieldOf(Kind kind);

Q_SIGNALS:
    // The user chose `value` of `field` (a filter-language field name).
    void chosen(const QString &field, const QString &value);

private:
    QList<QListWidget *> m_lists;
};

// `text` with "and field = value" added so that it applies to every "or"
// branch, the value quoted the way the filter language reads it back; `text`
// unchanged when the value cannot be written (it holds both quote marks).
QString filterNarrowedTo(const QString &text, const QString &field, const QString &value);

} // namespace gatehouse

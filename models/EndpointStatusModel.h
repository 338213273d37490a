#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace gatehouse {

// The endpoints a console depends on (control plane, identity provider) and
// what the last check of each found.
class EndpointStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UrlColumn, StateColumn, DetailColumn, ColumnCount };
    enum class State { Unknown, Checking, Up, Down, Misconfigured };
    enum Role { StateRole = Qt::UserRole + 1 };
    Q_ENUM(State)

    struct Endpoint
    {
        QString id;
        QString name;
        QUrl url;
        State state = State::Unknown;
        QString detail;
        QDateTime checkedAt;
    };

    explicit EndpointStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEndpoints(const QList<Endpoint> &endpoints);
    // Updates the endpoint with this id; unknown ids are ignored.
    void setState(const QString &id, State state, const QString &detail);
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    bool allUp() const;

    static QString stateText(State state);

private:
    QList<Endpoint> m_endpoints;
};

} // namespace gatehouse

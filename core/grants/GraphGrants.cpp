#include "GraphGrants.h"

#include <QJsonArray>

namespace gatehouse::graphgrants {

bool isDrawn(GrantState state)
{
    return state == GrantState::Active || state == GrantState::Pending;
}

QList<Grant> read(const QJsonObject &graph, int *unreadable)
{
    QList<Grant> out;
    int skipped = 0;
    const QJsonArray items = graph.value(u"grants").toArray();
    for (const QJsonValue &v : items) {
        auto grant = Grant::fromJson(v.toObject());
        if (!grant)
            ++skipped;
        else if (isDrawn(grant->state))
            out.append(std::move(grant).value());
    }
    if (unreadable)
        *unreadable = skipped;
    return out;
}

QJsonObject withGrant(QJsonObject graph, const Grant &grant)
{
    QJsonArray items = graph.value(u"grants").toArray();
    qsizetype at = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).toObject().value(u"id").toString() == grant.id) {
            at = i;
            break;
        }
    }
    if (!isDrawn(grant.state)) {
        if (at >= 0)
            items.removeAt(at);
    } else if (at >= 0) {
        items.replace(at, grant.toJson());
    } else {
        items.append(grant.toJson());
    }
    graph.insert(u"grants"_qs, items);
    return graph;
}

} // namespace gatehouse::graphgrants

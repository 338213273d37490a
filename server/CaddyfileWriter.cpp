#include "CaddyfileWriter.h"

#include "EdgeHost.h"

namespace gatehouse::server {

namespace {

const QStringList kIdentityHeaders{u"X-Gatehouse-User"_qs, u"X-Gatehouse-Groups"_qs,
                                   u"X-Gatehouse-Grant"_qs, u"X-Gatehouse-Decision"_qs,
                                   u"X-Gatehouse-Decision-Id"_qs};

QString authzAddress(const ServerConfig &config)
{
    if (!config.edge.authzUrl.isEmpty())
        return config.edge.authzUrl;
    return u"http://"_qs + hostPort(config.listenAddress, config.listenPort);
}

} // namespace

QString caddyfile(const ServerConfig &config)
{
    const QString listen = config.edge.listen;
    const auto colon = listen.lastIndexOf(u':');
    const QString bindHost = colon < 0 ? listen : listen.left(colon);
    const QString port = colon < 0 ? u"443"_qs : listen.mid(colon + 1);
    const bool plainHttp = port != u"443";

    QString out;
    out += u"# Written by `gatehoused caddy-config`; change gatehoused.toml and regenerate.\n"_qs;
    out += u"{\n\tadmin %1\n"_qs.arg(config.edge.admin);
    if (plainHttp)
        out += u"\tauto_https off\n"_qs;
    out += u"}\n\n"_qs;

    out += u"(gatehouse_edge) {\n"_qs;
    if (!config.edge.accessLog.isEmpty()) {
        out += u"\tlog {\n\t\toutput file %1\n\t\tformat json\n\t}\n"_qs.arg(config.edge.accessLog);
    } else if (config.edge.accessLogNetPort != 0) {
        out += u"\t# Caddy 2.6 does not start while gatehoused is not listening here, and\n"
               "\t# lines it cannot send go to Caddy's stderr, not to gatehoused.\n"_qs;
        out += u"\tlog {\n\t\toutput net %1 {\n\t\t\tdial_timeout 5s\n\t\t}\n"
               "\t\tformat json\n\t}\n"_qs.arg(
                   hostPort(config.edge.accessLogNetAddress, config.edge.accessLogNetPort));
    }
    out += u"\troute {\n"_qs;
    out += u"\t\t# Identity headers come from gatehoused only: drop client copies first.\n"_qs;
    for (const QString &h : kIdentityHeaders)
        out += u"\t\trequest_header -%1\n"_qs.arg(h);
    out += u"\t\t# The trailing ? keeps the client's query string (and any token in it)\n"
           "\t\t# away from the authoriser.\n"_qs;
    out += u"\t\tforward_auth %1 {\n\t\t\turi /v1/authz/caddy?\n\t\t\tcopy_headers %2\n"
           u"\t\t\t# Keep connections to gatehoused open: Go keeps only 2 idle per host by\n"
           u"\t\t\t# default, so under load almost every check would open a new one.\n"
           u"\t\t\ttransport http {\n\t\t\t\tkeepalive 2m\n\t\t\t\tkeepalive_idle_conns 512\n"
           u"\t\t\t\tkeepalive_idle_conns_per_host 256\n\t\t\t}\n\t\t}\n"_qs.arg(
               authzAddress(config), kIdentityHeaders.join(u' '));
    out += u"\t\t# Fill the access log's user_id with the identity gatehoused decided on.\n"_qs;
    out += u"\t\tmap {http.request.header.X-Gatehouse-User} {http.auth.user.id} {\n"
           "\t\t\t~(.+) \"${1}\"\n\t\t}\n"_qs;
    out += u"\t\t# The decision id goes back in the response, so the access log line of\n"
           "\t\t# an allowed request can be joined to its decision as well.\n"
           "\t\theader X-Gatehouse-Decision-Id {http.request.header.X-Gatehouse-Decision-Id}\n"_qs;
    out += u"\t\treverse_proxy {args.0}\n\t}\n}\n"_qs;

    QStringList unrouted;
    for (const Service &s : config.services) {
        const QString upstream = config.edge.upstreams.value(s.name);
        if (upstream.isEmpty() || s.edgeHosts.isEmpty()) {
            unrouted.append(s.name);
            continue;
        }
        QStringList addresses;
        // The host in its one spelling (the decider's), at the edge's port.
        for (const QString &host : s.edgeHosts) {
            const QString one = normalisedEdgeHost(host);
            if (!one.isEmpty())
                addresses.append((plainHttp ? u"http://"_qs : QString()) + one + u':' + port);
        }
        addresses.removeDuplicates();
        out += u"\n# %1 (%2)\n%3 {\n"_qs.arg(s.name, s.team, addresses.join(u", "_qs));
        if (!bindHost.isEmpty())
            out += u"\tbind %1\n"_qs.arg(bindHost);
        out += u"\timport gatehouse_edge %1\n}\n"_qs.arg(upstream);
    }
    if (!unrouted.isEmpty())
        out += u"\n# Not routed (no upstream or edge host in [edge.upstreams]): %1\n"_qs.arg(
            unrouted.join(u", "_qs));
    return out;
}

} // namespace gatehouse::server

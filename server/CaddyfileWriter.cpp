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
    if (config.edge.decisionPort != 0)
        return u"http://"_qs + hostPort(config.edge.decisionAddress, config.edge.decisionPort);
    return u"http://"_qs + hostPort(config.listenAddress, config.listenPort);
}

// Log filters that change only the written line, never the live request
// (in Caddy 2.6.2 hash, regexp and ip_mask on headers rewrite the headers
// the upstream receives; on the uri string they are safe): query strings,
// tokens included, never reach a log.
QString logFilter(const QString &indent)
{
    return indent + u"format filter {\n"_qs + indent + u"\twrap json\n"_qs + indent +
           u"\tfields {\n"_qs + indent +
           u"\t\trequest>uri regexp \"\\?.*$\" \"?(query removed)\"\n"_qs + indent +
           u"\t\trequest>headers>Referer delete\n"_qs + indent +
           u"\t\tresp_headers>Location delete\n"_qs + indent + u"\t}\n"_qs + indent + u"}\n"_qs;
}

// Asks gatehoused with the path only: the trailing "?" of uri drops the query
// from the request line, and X-Forwarded-Uri (which forward_auth fills with
// path and query) is set from the raw request URI cut at its "?".
QString forwardAuth(const ServerConfig &config, const QString &endpoint)
{
    return u"\t\tmap {http.request.uri} {gatehouse.uri_path} {\n\t\t\t~^([^?]*) \"${1}\"\n\t\t}\n"
           u"\t\tforward_auth %1 {\n\t\t\turi %2?\n"
           u"\t\t\theader_up X-Forwarded-Uri {gatehouse.uri_path}\n\t\t\tcopy_headers %3\n"
           u"\t\t\t# Keep connections to gatehoused open: Go keeps only 2 idle per host by\n"
           u"\t\t\t# default, so under load almost every check would open a new one.\n"
           u"\t\t\ttransport http {\n\t\t\t\tkeepalive 2m\n\t\t\t\tkeepalive_idle_conns 512\n"
           u"\t\t\t\tkeepalive_idle_conns_per_host 256\n\t\t\t}\n\t\t}\n"_qs.arg(
               authzAddress(config), endpoint, kIdentityHeaders.join(u' '));
}

QString dropClientIdentity()
{
    // Every X-Gatehouse-* header, not only the ones set today: an upstream
    // may trust any header of that name.
    return u"\t\t# Identity headers come from gatehoused only: drop client copies first.\n"
           "\t\trequest_header -X-Gatehouse-*\n"_qs;
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
    out += u"\t# Caddy's own log (errors, lines its net writer could not send) too.\n"
           "\tlog {\n"
           "\t\t# Without the reverse proxy's own lines (debug round trips): its logger\n"
           "\t\t# encodes the whole request twice per request (forward_auth and the\n"
           "\t\t# proxy) even when nothing is written, about a tenth of Caddy's time\n"
           "\t\t# through this filter. Proxying errors stay in http.log.error.\n"
           "\t\texclude http.handlers.reverse_proxy\n"_qs +
           logFilter(u"\t\t"_qs) + u"\t}\n"_qs;
    out += u"}\n\n"_qs;

    // Every site, the catch-all included, logs to the same place: a request
    // whose Host is spelled in a way no site names exactly (no port, upper
    // case) goes to the catch-all's log, which Caddy uses as the default.
    out += u"(gatehouse_log) {\n"_qs;
    if (!config.edge.accessLog.isEmpty()) {
        out += u"\tlog {\n\t\toutput file %1\n"_qs.arg(config.edge.accessLog) +
               logFilter(u"\t\t"_qs) + u"\t}\n"_qs;
    } else if (config.edge.accessLogNetPort != 0) {
        out += u"\t# Caddy 2.6 does not start while gatehoused is not listening here, and\n"
               "\t# lines it cannot send go to Caddy's stderr, not to gatehoused.\n"_qs;
        out += u"\tlog {\n\t\toutput net %1 {\n\t\t\tdial_timeout 5s\n\t\t}\n"_qs.arg(
                   hostPort(config.edge.accessLogNetAddress, config.edge.accessLogNetPort)) +
               logFilter(u"\t\t"_qs) + u"\t}\n"_qs;
    }
    out += u"}\n\n"_qs;

    out += u"(gatehouse_edge) {\n\timport gatehouse_log\n\troute {\n"_qs;
    out += dropClientIdentity();
    out += forwardAuth(config, u"/v1/authz/caddy"_qs);
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
        // The host in its one spelling (the decider's), at the edge's port.
        QStringList addresses;
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

    // Any other host (unknown, or a spelling no site matches) is refused by
    // gatehoused, so it is decided, logged and joined like every request.
    out += u"\n# Every other host: refused, with a decision and an access-log line.\n"_qs;
    out += u"%1:%2 {\n"_qs.arg(plainHttp ? u"http://"_qs : QString(), port);
    if (!bindHost.isEmpty())
        out += u"\tbind %1\n"_qs.arg(bindHost);
    out += u"\timport gatehouse_log\n\troute {\n"_qs + dropClientIdentity() +
           forwardAuth(config, u"/v1/authz/caddy/unrouted"_qs) +
           u"\t\trespond \"Forbidden: no service is published at this host\" 403\n\t}\n}\n"_qs;

    if (!unrouted.isEmpty())
        out += u"\n# Not routed (no upstream or edge host in [edge.upstreams]): %1\n"_qs.arg(
            unrouted.join(u", "_qs));
    return out;
}

} // namespace gatehouse::server

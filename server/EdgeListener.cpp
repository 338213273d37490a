#include "EdgeListener.h"

#include "EdgeDecider.h"
#include "Metrics.h"
#include "ServerLogging.h"

#include <QCoreApplication>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <string_view>
#include <thread>
#include <vector>

namespace gatehouse::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr std::string_view kRouted = "/v1/authz/caddy";
constexpr std::string_view kUnrouted = "/v1/authz/caddy/unrouted";

QByteArray field(const http::request<http::empty_body> &request, std::string_view name)
{
    const auto it = request.find(beast::string_view(name.data(), name.size()));
    if (it == request.end())
        return {};
    const auto value = it->value();
    return QByteArray(value.data(), qsizetype(value.size()));
}

// The answer as bytes on the wire: status line, headers, body. Written by
// hand into one buffer that the session keeps and reuses, so an answer costs
// no allocation once the buffer has grown, and goes out in one write.
void serialize(std::string &out, unsigned version, bool keepAlive, int status,
               const std::vector<std::pair<std::string, std::string>> &headers,
               std::string_view body)
{
    out.clear();
    out += version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    out += std::to_string(status);
    out += ' ';
    const auto reason = http::obsolete_reason(http::status(status));
    out.append(reason.data(), reason.size());
    out += "\r\n";
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    out += "Content-Type: text/plain\r\nContent-Length: ";
    out += std::to_string(body.size());
    out += "\r\n";
    // HTTP/1.1 keeps the connection by default, HTTP/1.0 closes it.
    if (version == 10 && keepAlive)
        out += "Connection: keep-alive\r\n";
    else if (version != 10 && !keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    out.append(body.data(), body.size());
}

// One connection from Caddy: requests one after another (keep-alive) until
// either side closes it. Nothing here blocks: the decision is computed
// in place from the snapshot and the token cache. A connection lives on one
// thread's io_context, so its handlers never run concurrently.
class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, EdgeDecider *decider)
        : m_stream(std::move(socket))
        , m_decider(decider)
    {}

    void run() { read(); }
    auto executor() { return m_stream.get_executor(); }

private:
    void read()
    {
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        m_parser->body_limit(0);
        // An idle connection is closed after 5 minutes: later than Caddy,
        // which drops its idle ones after 2 (keepalive 2m in the Caddyfile),
        // so Caddy never sends a question on a connection closing here.
        m_stream.expires_after(std::chrono::minutes(5));
        http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(beast::error_code ec)
    {
        if (ec)
            return close(); // closed by Caddy, timed out, or not HTTP
        const auto &request = m_parser->get();
        auto target = std::string_view(request.target().data(), request.target().size());
        if (const auto query = target.find('?'); query != std::string_view::npos)
            target = target.substr(0, query);

        m_keepAlive = request.keep_alive();
        if (target == kRouted || target == kUnrouted) {
            EdgeQuestion question;
            question.authorization = field(request, "Authorization");
            question.method = field(request, "X-Forwarded-Method");
            question.host = field(request, "X-Forwarded-Host");
            question.uri = field(request, "X-Forwarded-Uri");
            question.routed = target == kRouted;
            const EdgeAnswer answer = m_decider->decide(question);
            serialize(m_out, request.version(), m_keepAlive, answer.status, answer.headers,
                      answer.body);
        } else {
            serialize(m_out, request.version(), m_keepAlive, 404, {},
                      "Not found: this listener answers /v1/authz/caddy only.\n");
        }
        asio::async_write(m_stream, asio::buffer(m_out),
                          [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec || !self->m_keepAlive)
                                  return self->close();
                              self->read();
                          });
    }

    void close()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    }

    beast::tcp_stream m_stream;
    EdgeDecider *m_decider;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::empty_body>> m_parser;
    std::string m_out;
    bool m_keepAlive = true;
};

} // namespace

// One io_context per thread, each run by its thread alone: connections are
// handed out in turn when accepted and stay on their thread, so no handler
// waits for a lock shared with another thread.
struct EdgeListener::Impl
{
    EdgeDecider *decider;
    Metrics *metrics;
    std::vector<std::unique_ptr<asio::io_context>> contexts;
    std::vector<std::thread> threads;
    std::optional<tcp::acceptor> acceptor;
    size_t next = 0;

    Impl(EdgeDecider *decider, Metrics *metrics, int threads)
        : decider(decider)
        , metrics(metrics)
    {
        for (int i = 0; i < threads; ++i)
            contexts.push_back(std::make_unique<asio::io_context>(1));
    }

    void accept()
    {
        asio::io_context &target = *contexts[next];
        next = (next + 1) % contexts.size();
        acceptor->async_accept(target, [this](beast::error_code ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted)
                return;
            if (!ec) {
                if (metrics)
                    metrics->recordEdgeConnection();
                socket.set_option(tcp::no_delay(true), ec);
                // Start reading on the socket's own thread.
                auto session = std::make_shared<Session>(std::move(socket), decider);
                asio::post(session->executor(), [session] { session->run(); });
            } else {
                qCWarning(lcServer) << "edge listener: accept failed:" << ec.message().c_str();
            }
            accept();
        });
    }
};

EdgeListener::EdgeListener(EdgeDecider *decider, Metrics *metrics, int threads)
    : d(std::make_unique<Impl>(decider, metrics, std::max(threads, 1)))
{}

EdgeListener::~EdgeListener()
{
    for (const auto &io : d->contexts)
        io->stop();
    for (std::thread &t : d->threads)
        t.join();
}

quint16 EdgeListener::start(const QHostAddress &address, quint16 port, Error *error)
{
    beast::error_code ec;
    const auto ip = asio::ip::make_address(address.toString().toStdString(), ec);
    // The acceptor lives on the first thread's context.
    tcp::acceptor acceptor(*d->contexts.front());
    const tcp::endpoint endpoint(ip, port);
    if (!ec)
        acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = Error{u"server.listen"_qs,
                       QCoreApplication::translate("EdgeListener",
                                                   "Cannot listen for edge decisions on %1:%2.")
                           .arg(address.toString())
                           .arg(port),
                       QString::fromStdString(ec.message())};
        return 0;
    }
    const quint16 bound = acceptor.local_endpoint().port();
    d->acceptor.emplace(std::move(acceptor));
    d->accept();
    for (const auto &io : d->contexts)
        d->threads.emplace_back([context = io.get()] {
            // Keep running while idle: connections arrive later.
            auto guard = asio::make_work_guard(*context);
            context->run();
        });
    qCInfo(lcServer) << "edge decisions on" << address.toString() << bound << "with"
                     << d->contexts.size() << "threads";
    return bound;
}

} // namespace gatehouse::server

#include "EdgeListener.h"

#include "EdgeDecider.h"
#include "ServerLogging.h"

#include <QCoreApplication>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
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

// One connection from Caddy: requests one after another (keep-alive) until
// either side closes it. Nothing here blocks: the decision is computed
// in place from the snapshot and the token cache.
class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, EdgeDecider *decider)
        : m_stream(std::move(socket))
        , m_decider(decider)
    {}

    void run() { read(); }

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

        m_response = {};
        m_response.version(request.version());
        m_response.keep_alive(request.keep_alive());
        if (target == kRouted || target == kUnrouted) {
            EdgeQuestion question;
            question.authorization = field(request, "Authorization");
            question.method = field(request, "X-Forwarded-Method");
            question.host = field(request, "X-Forwarded-Host");
            question.uri = field(request, "X-Forwarded-Uri");
            question.routed = target == kRouted;
            EdgeAnswer answer = m_decider->decide(question);
            m_response.result(http::status(answer.status));
            for (const auto &[name, value] : answer.headers)
                m_response.insert(name, value);
            m_response.set(http::field::content_type, "text/plain");
            m_response.body() = std::move(answer.body);
        } else {
            m_response.result(http::status::not_found);
            m_response.set(http::field::content_type, "text/plain");
            m_response.body() = "Not found: this listener answers /v1/authz/caddy only.\n";
        }
        m_response.prepare_payload();
        http::async_write(m_stream, m_response,
                          [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec || !self->m_response.keep_alive())
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
    http::response<http::string_body> m_response;
};

} // namespace

struct EdgeListener::Impl
{
    EdgeDecider *decider;
    int threadCount;
    asio::io_context io;
    std::optional<tcp::acceptor> acceptor;
    std::vector<std::thread> threads;

    Impl(EdgeDecider *decider, int threads)
        : decider(decider)
        , threadCount(threads)
        , io(threads)
    {}

    void accept()
    {
        acceptor->async_accept(
            asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
                if (ec == asio::error::operation_aborted)
                    return;
                if (!ec) {
                    socket.set_option(tcp::no_delay(true), ec);
                    std::make_shared<Session>(std::move(socket), decider)->run();
                } else {
                    qCWarning(lcServer) << "edge listener: accept failed:" << ec.message().c_str();
                }
                accept();
            });
    }
};

EdgeListener::EdgeListener(EdgeDecider *decider, int threads)
    : d(std::make_unique<Impl>(decider, std::max(threads, 1)))
{}

EdgeListener::~EdgeListener()
{
    d->io.stop();
    for (std::thread &t : d->threads)
        t.join();
}

quint16 EdgeListener::start(const QHostAddress &address, quint16 port, Error *error)
{
    beast::error_code ec;
    const auto ip = asio::ip::make_address(address.toString().toStdString(), ec);
    tcp::acceptor acceptor(d->io);
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
    for (int i = 0; i < d->threadCount; ++i)
        d->threads.emplace_back([this] { d->io.run(); });
    qCInfo(lcServer) << "edge decisions on" << address.toString() << bound << "with"
                     << d->threadCount << "threads";
    return bound;
}

} // namespace gatehouse::server

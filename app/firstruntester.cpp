#include "firstruntester.h"

#include "models/metrics/expositionformat.h"
#include "models/metrics/expositionpage.h"
#include "models/sources/healthdecoder.h"
#include "models/sources/httpfetcher.h"

#include <QFile>
#include <QTimer>

namespace Wk {

namespace {

QString checksText(const HealthReport &report)
{
    QStringList names;
    for (const HealthCheck &c : report.checks)
        names << c.name;
    const int n = int(report.checks.size());
    const QString status = healthStatusText(report.overall);
    QString text = n == 1 ? FirstRunTester::tr("%1: 1 check").arg(status)
                          : FirstRunTester::tr("%1: %2 checks").arg(status).arg(n);
    if (!names.isEmpty())
        text += QStringLiteral(" (%1)").arg(names.join(u", "));
    if (!report.version.isEmpty())
        text += FirstRunTester::tr(", version %1").arg(report.version);
    return text;
}

Result<ExpositionPage> parseMetrics(const FetchResult &result)
{
    return parseExpositionPage(result.body,
                               expositionFormatForContentType(result.contentType.toUtf8()),
                               ExpositionValidation::Lenient);
}

} // namespace

FirstRunTester::FirstRunTester(QObject *parent)
    : QObject(parent)
    , m_fetcher(new HttpFetcher(this))
{}

FirstRunTester::~FirstRunTester() = default;

QString FirstRunTester::describe(TargetConfig::Kind kind, const FetchResult &result, bool *ok)
{
    *ok = false;
    if (!result.ok())
        return result.errorString;
    const HealthDecoder decoder;
    if (kind == TargetConfig::Kind::Health) {
        const auto report = decoder.decode(result.body);
        if (report) {
            *ok = true;
            return checksText(report.value());
        }
        // A common mix-up: the metrics page typed into the health field.
        const auto page = parseMetrics(result);
        if (page && !page.value().families.isEmpty())
            return tr("this is a metrics page, not a health response: enter it as the metrics "
                      "URL");
        return tr("not a health response: %1").arg(report.error().toString());
    }
    const auto page = parseMetrics(result);
    if (page) {
        if (page.value().families.isEmpty())
            return tr("the page has no metrics");
        *ok = true;
        return tr("%1 series in %2 families")
            .arg(page.value().seriesCount())
            .arg(page.value().families.size());
    }
    if (decoder.decode(result.body))
        return tr("this is a health response, not a metrics page: enter it as the health URL");
    return tr("not a metrics page: %1").arg(page.error().toString());
}

int FirstRunTester::test(const TargetConfig &target)
{
    const int id = m_nextId++;
    const auto fail = [this, id](const QString &why) {
        QTimer::singleShot(0, this, [this, id, why] { Q_EMIT finished(id, false, why); });
        return id;
    };
    if (!target.url.isValid() || target.url.host().isEmpty() ||
        (target.url.scheme() != u"http" && target.url.scheme() != u"https"))
        return fail(tr("\"%1\" is not an http:// or https:// URL").arg(target.url.toString()));

    FetchRequest request;
    request.url = target.url;
    request.timeoutMs = target.timeoutMs;
    request.maxBodyBytes = target.maxBodyBytes;
    request.tls = target.tls;
    request.accept = target.kind == TargetConfig::Kind::Metrics
                         ? QByteArray(ScrapeAcceptHeader)
                         : QByteArrayLiteral("application/json");
    if (!target.credentialsFile.isEmpty()) {
        QFile f(target.credentialsFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("cannot read the credentials file %1: %2")
                            .arg(target.credentialsFile, f.errorString()));
        request.bearerToken = f.readAll().trimmed();
    } else if (!target.bearerToken.isEmpty()) {
        // Settings hands over the ${VAR} reference; the value comes from the environment now.
        const auto token = WorkspaceLoader::expandEnv(target.bearerToken);
        if (!token)
            return fail(token.error().message);
        request.bearerToken = token.value().toUtf8();
    }
    const TargetConfig::Kind kind = target.kind;
    m_fetcher->get(request, [this, id, kind](const FetchResult &result) {
        bool ok = false;
        const QString summary = describe(kind, result, &ok);
        Q_EMIT finished(id, ok, summary);
    });
    return id;
}

} // namespace Wk

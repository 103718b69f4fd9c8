#include "firstrun.h"

#include "firstrunpage.h"

#include "models/config/userconfig.h"
#include "models/config/workspacewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace Wk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::FirstRun", text);
}

} // namespace

FirstRun::Choice FirstRun::recorded(const UserConfig &config)
{
    switch (config.start()) {
    case UserConfig::Start::Demo:
        return Choice{true, {}};
    case UserConfig::Start::Workspace:
        if (QFileInfo(config.workspacePath()).isFile())
            return Choice{false, config.workspacePath()};
        break;
    case UserConfig::Start::Unset:
        break;
    }
    return {};
}

std::optional<FirstRun::Choice> FirstRun::ask(UserConfig &config)
{
    FirstRunPage page(&config);
    // Closing the page ends the wait, not the application.
    page.setAttribute(Qt::WA_QuitOnClose, false);
    QEventLoop loop;
    std::optional<Choice> choice;
    QObject::connect(&page, &FirstRunPage::workspaceReady, &loop, [&](const QString &path) {
        choice = Choice{false, path};
        loop.quit();
    });
    QObject::connect(&page, &FirstRunPage::demoChosen, &loop, [&] {
        choice = Choice{true, {}};
        loop.quit();
    });
    QObject::connect(&page, &FirstRunPage::closed, &loop, &QEventLoop::quit);
    page.show();
    loop.exec();
    return choice;
}

QUrl FirstRun::urlFromInput(const QString &text, TargetConfig::Kind kind)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(u"://"))
        t.prepend(u"http://");
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return url;
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(kind == TargetConfig::Kind::Health ? QStringLiteral("/api/health")
                                                       : QStringLiteral("/metrics"));
    return url;
}

QString FirstRun::serviceName(const QUrl &url)
{
    const QString host = url.host().toLower();
    const QString fallback = QStringLiteral("service");
    if (host.isEmpty() || !QHostAddress(host).isNull() || host == u"localhost")
        return fallback;
    QStringList labels = host.split(u'.', Qt::SkipEmptyParts);
    if (labels.size() > 1)
        labels.removeLast(); // the top-level domain; the label before it names the service
    QString name = labels.isEmpty() ? fallback : labels.last();
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9_.-]"));
    name.replace(invalid, QStringLiteral("-"));
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == u'_'))
        return fallback;
    return name;
}

QList<TargetConfig> FirstRun::targetsFor(const QUrl &health, const QUrl &metrics)
{
    QList<TargetConfig> out;
    const QString name = serviceName(health.isValid() ? health : metrics);
    if (health.isValid() && !health.isEmpty()) {
        TargetConfig t;
        t.name = name + QStringLiteral("-health");
        t.kind = TargetConfig::Kind::Health;
        t.url = health;
        t.intervalMs = 30'000; // the guide: every 30 seconds
        t.timeoutMs = 10'000;
        out.append(t);
    }
    if (metrics.isValid() && !metrics.isEmpty()) {
        TargetConfig t;
        t.name = name;
        t.kind = TargetConfig::Kind::Metrics;
        t.url = metrics;
        t.intervalMs = 15'000; // Prometheus's usual scrape interval
        t.timeoutMs = 10'000;
        out.append(t);
    }
    return out;
}

Result<QString> FirstRun::writeWorkspace(const QList<TargetConfig> &targets, const QString &dir)
{
    if (targets.isEmpty())
        return Error(tr("no target to write"));
    if (!QDir().mkpath(dir))
        return Error(tr("cannot create the folder %1").arg(dir));
    QString path = QDir(dir).filePath(QStringLiteral("workspace.yaml"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(dir).filePath(QStringLiteral("workspace-%1.yaml").arg(n));

    QByteArray text;
    text += "# " + tr("Watchkeeper workspace, written by the welcome page.").toUtf8() + '\n';
    text += "# " +
            tr("Edit it freely: Settings changes only the lines it needs and keeps your "
               "comments.")
                .toUtf8() +
            '\n';
    text += "# " +
            tr("Keys: title, targets, database, rule_files, dashboards, alertmanager, "
               "prometheus, displays, notifications.")
                .toUtf8() +
            '\n';
    // The title's value is set below, so it is quoted as YAML needs.
    text += "title: \"\"\ntargets:\n";
    for (const TargetConfig &t : targets) {
        const QString comment =
            t.kind == TargetConfig::Kind::Health
                ? tr("The service's health endpoint, polled every 30 seconds as the monitoring "
                     "guide says.")
                : tr("Its Prometheus metrics page, scraped every 15 seconds.");
        text += "  # " + comment.toUtf8() + '\n';
        text += WorkspaceWriter::targetItemText(t, 2);
    }
    auto writer = WorkspaceWriter::fromText(text, path);
    if (!writer)
        return writer.error();
    const QString host = targets.first().url.host();
    if (!host.isEmpty()) {
        const auto titled = writer.value().setValue({QStringLiteral("title")}, host);
        if (!titled)
            return titled.error();
    }
    const auto saved = writer.value().save();
    if (!saved)
        return saved.error();
    return path;
}

} // namespace Wk

#include "alertscli.h"

#include "alertbook.h"
#include "alertmanageralertsource.h"
#include "alertmanagerclient.h"
#include "alertmanagercodec.h"
#include "alertmanagersilencestore.h"
#include "alertrepository.h"
#include "auditlogmodel.h"
#include "localsilencestore.h"
#include "matcherlist.h"
#include "recordedalertsource.h"

#include "models/core/clock.h"
#include "models/core/duration.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::AlertsCli)
};

const QStringList Groups{QStringLiteral("alerts"), QStringLiteral("silence"),
                         QStringLiteral("maintenance"), QStringLiteral("audit")};

// Runs the event loop until done() holds or timeoutMs pass.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Options after the verb: flags, options with a value, and the rest (positional).
struct Args
{
    QStringList positional;
    QMap<QString, QString> values;
    QStringList flags;
    QString error;

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &name) const { return values.value(name); }
};

Args parseArgs(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    Args out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(u'=')) {
            inlineValue = a.mid(a.indexOf(u'=') + 1);
            a = a.left(a.indexOf(u'='));
            hasInline = true;
        }
        if (valued.contains(a)) {
            if (hasInline) {
                out.values.insert(a, inlineValue);
            } else if (i + 1 < args.size()) {
                out.values.insert(a, args.at(++i));
            } else {
                out.error = Tr::tr("%1 needs a value").arg(a);
                return out;
            }
        } else if (flags.contains(a) && !hasInline) {
            out.flags << a;
        } else if (a.startsWith(QLatin1String("--"))) {
            out.error = Tr::tr("unknown option %1").arg(a);
            return out;
        } else {
            out.positional << args.at(i);
        }
    }
    return out;
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// Columns padded to their widest cell, two spaces apart, as amtool prints them.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &r : rows) {
        for (int i = 0; i < int(r.size()) && i < int(widths.size()); ++i)
            widths[i] = std::max(widths[i], int(r.at(i).size()));
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < int(cells.size()); ++i) {
            const bool last = i + 1 == int(cells.size());
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        }
        out << text.trimmed() << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    out.flush();
}

class Session
{
public:
    explicit Session(const AlertsCliContext &ctx)
        : m_ctx(ctx)
        , m_clock(ctx.clock ? ctx.clock : SystemClock::instance())
    {}

    std::optional<Error> open()
    {
        if (!m_ctx.database.isEmpty()) {
            Result<std::unique_ptr<Database>> db = Database::open(m_ctx.database);
            if (!db)
                return db.error();
            m_db = std::move(db).value();
            Result<std::unique_ptr<AlertRepository>> repo = AlertRepository::open(m_db.get());
            if (!repo)
                return repo.error();
            m_repo = std::move(repo).value();
        }
        AlertBook::Options options;
        options.escalate = false;
        options.recordHistory = false;
        options.reloadIntervalMs = 0;
        if (m_ctx.alertmanager.isValid() && !m_ctx.alertmanager.isEmpty()) {
            m_client = std::make_unique<AlertmanagerClient>(m_ctx.alertmanager);
            m_client->setTimeoutMs(m_ctx.timeoutMs);
            auto source = std::make_unique<AlertmanagerAlertSource>(m_client.get(), m_clock);
            auto store =
                std::make_unique<AlertmanagerSilenceStore>(m_client.get(), m_clock, m_repo.get());
            source->refresh();
            store->refresh();
            const bool loaded = waitUntil([&] { return !source->isBusy() && !store->isBusy(); },
                                          m_ctx.timeoutMs + 1000);
            if (!loaded)
                return Error(Tr::tr("Alertmanager at %1 did not answer in time")
                                 .arg(m_ctx.alertmanager.toString(QUrl::RemoveUserInfo)));
            if (!source->lastError().isEmpty())
                return Error(source->lastError());
            if (!store->lastError().isEmpty())
                return Error(store->lastError());
            m_source = std::move(source);
            m_store = std::move(store);
            m_remote = true;
        } else {
            if (!m_repo)
                return Error(Tr::tr("no database and no Alertmanager to work on"));
            auto source = std::make_unique<RecordedAlertSource>(m_repo.get());
            if (auto err = source->load())
                return err;
            m_source = std::move(source);
            m_store = std::make_unique<LocalSilenceStore>(m_clock, m_repo.get());
        }
        m_book = std::make_unique<AlertBook>(m_clock, m_source.get(), m_store.get(), m_repo.get(),
                                             options);
        m_book->setOperatorName(m_ctx.operatorName);
        if (!m_remote)
            m_book->setInhibitRules(m_ctx.inhibitRules);
        return std::nullopt;
    }

    bool isRemote() const { return m_remote; }
    Clock *clock() const { return m_clock; }
    AlertBook *book() const { return m_book.get(); }
    SilenceStore *store() const { return m_store.get(); }
    AlertRepository *repository() const { return m_repo.get(); }
    QString where() const
    {
        return m_remote ? m_ctx.alertmanager.toString(QUrl::RemoveUserInfo)
                        : m_db->displayLocation();
    }

    // A store callback, waited for.
    Result<QString> saveSilence(const Silence &s)
    {
        std::optional<Result<QString>> result;
        m_store->save(s, [&result](const Result<QString> &r) { result = r; });
        if (!waitUntil([&] { return result.has_value(); }, m_ctx.timeoutMs + 1000))
            return Error(Tr::tr("%1 did not answer in time").arg(where()));
        return *result;
    }
    std::optional<Error> expireSilence(const QString &id, const QString &reason)
    {
        bool finished = false;
        std::optional<Error> error;
        m_store->expire(id, m_book->operatorName(), reason, [&](const std::optional<Error> &e) {
            error = e;
            finished = true;
        });
        if (!waitUntil([&] { return finished; }, m_ctx.timeoutMs + 1000))
            return Error(Tr::tr("%1 did not answer in time").arg(where()));
        return error;
    }
    // Waits for remote work the book started (ACK! silences) to be done.
    void settle()
    {
        if (!m_remote)
            return;
        waitUntil(
            [&] {
                const QList<AlertStatus> all = m_book->statuses();
                for (const AlertStatus &s : all) {
                    if (s.ack && s.ack->id > 0 && s.ack->silenceId.isEmpty())
                        return false;
                }
                return true;
            },
            m_ctx.timeoutMs + 1000);
    }

private:
    AlertsCliContext m_ctx;
    Clock *m_clock;
    // Destroyed bottom-up: the book before what it watches, the database last.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertRepository> m_repo;
    std::unique_ptr<AlertmanagerClient> m_client;
    std::unique_ptr<AlertSource> m_source;
    std::unique_ptr<SilenceStore> m_store;
    std::unique_ptr<AlertBook> m_book;
    bool m_remote = false;
};

Result<quint64> resolveAlert(const AlertBook &book, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Error(Tr::tr("empty alert id"));
    QList<quint64> found;
    const QList<AlertStatus> all = book.statuses();
    for (const AlertStatus &s : all) {
        const QString fp = Alert::fingerprintToString(s.id());
        if (fp == t)
            return s.id();
        if (fp.startsWith(t))
            found << s.id();
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error(Tr::tr("there is no current alert %1 (see \"alerts list\")").arg(text));
    QStringList names;
    for (const quint64 id : std::as_const(found))
        names << Alert::fingerprintToString(id);
    return Error(
        Tr::tr("%1 is ambiguous: it starts %2").arg(text, names.join(QStringLiteral(", "))));
}

Result<QString> resolveSilence(const SilenceStore &store, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Error(Tr::tr("empty silence id"));
    QStringList found;
    const QList<Silence> all = store.silences();
    for (const Silence &s : all) {
        if (s.id.toLower() == t)
            return s.id;
        if (s.id.toLower().startsWith(t))
            found << s.id;
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error(Tr::tr("there is no silence %1 (see \"silence list\")").arg(text));
    return Error(
        Tr::tr("%1 is ambiguous: it starts %2").arg(text, found.join(QStringLiteral(", "))));
}

QJsonObject statusJson(const AlertStatus &s, const QString &source)
{
    QJsonObject o{
        {QStringLiteral("id"), Alert::fingerprintToString(s.id())},
        {QStringLiteral("alertname"), s.alertName()},
        {QStringLiteral("state"), s.stateName()},
        {QStringLiteral("severity"), s.severity()},
        {QStringLiteral("labels"), AlertmanagerCodec::labelsToJson(s.alert.labels)},
        {QStringLiteral("annotations"), AlertmanagerCodec::mapToJson(s.alert.annotations)},
        {QStringLiteral("activeAt"), AlertmanagerCodec::formatTime(s.activeAtMs())},
        {QStringLiteral("source"), source}};
    o.insert(QStringLiteral("firedAt"),
             s.alert.firedAtMs ? QJsonValue(AlertmanagerCodec::formatTime(*s.alert.firedAtMs))
                               : QJsonValue());
    if (s.ack) {
        o.insert(QStringLiteral("acknowledged"),
                 QJsonObject{{QStringLiteral("by"), s.ack->by},
                             {QStringLiteral("at"), AlertmanagerCodec::formatTime(s.ack->atMs)},
                             {QStringLiteral("expiresAt"),
                              AlertmanagerCodec::formatTime(s.ack->expiresAtMs)},
                             {QStringLiteral("note"), s.ack->note}});
    } else {
        o.insert(QStringLiteral("acknowledged"), QJsonValue());
    }
    o.insert(QStringLiteral("silencedBy"), QJsonArray::fromStringList(s.silencedBy));
    o.insert(QStringLiteral("inhibitedBy"), QJsonArray::fromStringList(s.inhibitedByNames));
    o.insert(QStringLiteral("maintenance"), QJsonArray::fromStringList(s.maintenanceNames));
    o.insert(QStringLiteral("suppressed"), s.isSuppressed());
    return o;
}

int alertsList(Session &session, const Args &a, QTextStream &out)
{
    const AlertBook &book = *session.book();
    QList<AlertStatus> all = book.statuses();
    std::stable_sort(all.begin(), all.end(), [](const AlertStatus &x, const AlertStatus &y) {
        const int rx = AlertStatus::severityRank(x.severity());
        const int ry = AlertStatus::severityRank(y.severity());
        return rx != ry ? rx < ry : x.activeAtMs() < y.activeAtMs();
    });
    const QString source =
        session.isRemote() ? QStringLiteral("alertmanager") : QStringLiteral("recorded");
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const AlertStatus &s : std::as_const(all)) {
            if (s.state != AlertStatus::State::Resolved)
                arr.append(statusJson(s, source));
        }
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    if (session.isRemote())
        out << Tr::tr("# Alerts from Alertmanager at %1").arg(session.where()) << '\n';
    else
        out << Tr::tr("# Alerts as last recorded in %1 (no rule evaluator runs here; a running "
                      "Watchkeeper has the live state)")
                   .arg(session.where())
            << '\n';
    const qint64 now = session.clock()->nowMs();
    QList<QStringList> rows;
    for (const AlertStatus &s : std::as_const(all)) {
        if (s.state == AlertStatus::State::Resolved)
            continue;
        QString ack;
        if (s.ack)
            ack = Tr::tr("%1, %2 ago").arg(s.ack->by, humanAge(s.ack->ageMs(now)));
        rows << QStringList{Alert::fingerprintToString(s.id()),
                            s.alertName(),
                            s.stateName(),
                            s.severity(),
                            s.alert.labels.value(u"instance"),
                            timeText(s.alert.firedAtMs.value_or(s.activeAtMs())),
                            ack,
                            s.suppressionText(),
                            s.alert.annotations.value(QStringLiteral("summary"))};
    }
    printTable(out,
               {Tr::tr("ID"), Tr::tr("Alertname"), Tr::tr("State"), Tr::tr("Severity"),
                Tr::tr("Instance"), Tr::tr("Since"), Tr::tr("Acknowledged"), Tr::tr("Suppressed"),
                Tr::tr("Summary")},
               rows);
    return 0;
}

int alertsAck(Session &session, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.isEmpty() || !a.values.contains(QStringLiteral("--note"))) {
        err << Tr::tr("usage: alerts ack ID... --note TEXT [--expires 4h]") << Qt::endl;
        return 2;
    }
    qint64 expires = Acknowledgement::DefaultExpiryMs;
    if (a.values.contains(QStringLiteral("--expires"))) {
        Result<qint64> d = parseDuration(a.value(QStringLiteral("--expires")));
        if (!d || d.value() <= 0) {
            err << Tr::tr("--expires: %1")
                       .arg(d ? Tr::tr("must be positive") : d.error().toString())
                << Qt::endl;
            return 2;
        }
        expires = d.value();
    }
    int failed = 0;
    for (const QString &text : a.positional) {
        Result<quint64> id = resolveAlert(*session.book(), text);
        if (!id) {
            err << id.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        Result<Acknowledgement> ack =
            session.book()->acknowledge(id.value(), a.value(QStringLiteral("--note")), expires);
        if (!ack) {
            err << ack.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        out << Tr::tr("acknowledged %1 (%2) until %3")
                   .arg(Alert::fingerprintToString(id.value()), ack.value().alertName,
                        timeText(ack.value().expiresAtMs))
            << Qt::endl;
    }
    session.settle();
    return failed ? 1 : 0;
}

int alertsUnack(Session &session, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.isEmpty()) {
        err << Tr::tr("usage: alerts unack ID... [--reason TEXT]") << Qt::endl;
        return 2;
    }
    int failed = 0;
    for (const QString &text : a.positional) {
        Result<quint64> id = resolveAlert(*session.book(), text);
        if (!id) {
            err << id.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        if (auto e =
                session.book()->unacknowledge(id.value(), a.value(QStringLiteral("--reason")))) {
            err << e->toString() << Qt::endl;
            ++failed;
            continue;
        }
        out << Tr::tr("unacknowledged %1").arg(Alert::fingerprintToString(id.value())) << Qt::endl;
    }
    session.settle();
    return failed ? 1 : 0;
}

Result<qint64> parseTimeArg(const QString &text, qint64 now)
{
    if (text == u"now")
        return now;
    if (const auto t = AlertmanagerCodec::parseTime(text))
        return *t;
    return Error(
        Tr::tr("\"%1\" is not a time; use RFC 3339 (2026-03-03T02:00:00Z) or now").arg(text));
}

int silenceAdd(Session &session, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.isEmpty()) {
        err << Tr::tr("usage: silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] "
                      "[--start TIME] [--author NAME]")
            << Qt::endl;
        return 2;
    }
    const qint64 now = session.clock()->nowMs();
    Silence s;
    for (const QString &m : a.positional) {
        const bool bare = !m.contains(u'=') && !m.contains(u'~') && !m.contains(u'{');
        Result<LabelMatchers> parsed =
            bare ? Result<LabelMatchers>(LabelMatchers{
                       LabelMatcher(QStringLiteral("alertname"), LabelMatcher::Op::Equal, m)})
                 : parseMatcherList(m);
        if (!parsed) {
            err << parsed.error().toString() << Qt::endl;
            return 2;
        }
        s.matchers += parsed.value();
    }
    s.startsAtMs = now;
    if (a.values.contains(QStringLiteral("--start"))) {
        Result<qint64> t = parseTimeArg(a.value(QStringLiteral("--start")), now);
        if (!t) {
            err << t.error().toString() << Qt::endl;
            return 2;
        }
        s.startsAtMs = t.value();
    }
    if (a.values.contains(QStringLiteral("--end"))) {
        Result<qint64> t = parseTimeArg(a.value(QStringLiteral("--end")), now);
        if (!t) {
            err << t.error().toString() << Qt::endl;
            return 2;
        }
        s.endsAtMs = t.value();
    } else {
        // amtool's default: one hour.
        Result<qint64> d =
            parseDuration(a.values.value(QStringLiteral("--duration"), QStringLiteral("1h")));
        if (!d) {
            err << Tr::tr("--duration: %1").arg(d.error().toString()) << Qt::endl;
            return 2;
        }
        s.endsAtMs = s.startsAtMs + d.value();
    }
    s.createdBy = a.values.value(QStringLiteral("--author"), session.book()->operatorName());
    s.comment = a.value(QStringLiteral("--comment"));
    Result<QString> id = session.saveSilence(s);
    if (!id) {
        err << Tr::tr("silence refused: %1").arg(id.error().toString()) << Qt::endl;
        return 1;
    }
    out << id.value() << Qt::endl;
    return 0;
}

QJsonObject silenceJson(const Silence &s, qint64 now)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("status"),
                        QJsonObject{{QStringLiteral("state"), Silence::stateName(s.stateAt(now))}}},
                       {QStringLiteral("matchers"), AlertmanagerCodec::matchersToJson(s.matchers)},
                       {QStringLiteral("startsAt"), AlertmanagerCodec::formatTime(s.startsAtMs)},
                       {QStringLiteral("endsAt"), AlertmanagerCodec::formatTime(s.endsAtMs)},
                       {QStringLiteral("updatedAt"), AlertmanagerCodec::formatTime(s.updatedAtMs)},
                       {QStringLiteral("createdBy"), s.createdBy},
                       {QStringLiteral("comment"), s.comment}};
}

int silenceList(Session &session, const Args &a, QTextStream &out)
{
    const qint64 now = session.clock()->nowMs();
    const bool withExpired = a.has(QStringLiteral("--expired"));
    QList<Silence> all = session.store()->silences();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Silence &s) {
                                 return !withExpired && s.stateAt(now) == Silence::State::Expired;
                             }),
              all.end());
    std::stable_sort(all.begin(), all.end(),
                     [](const Silence &x, const Silence &y) { return x.endsAtMs < y.endsAtMs; });
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const Silence &s : std::as_const(all))
            arr.append(silenceJson(s, now));
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    QList<QStringList> rows;
    for (const Silence &s : std::as_const(all)) {
        const int matching = session.book()->matchingAlertCount(s.matchers);
        rows << QStringList{s.id,
                            Silence::stateName(s.stateAt(now)),
                            matcherListToString(s.matchers),
                            timeText(s.startsAtMs),
                            timeText(s.endsAtMs),
                            matching == 0 ? Tr::tr("none") : QString::number(matching),
                            s.createdBy,
                            s.comment};
    }
    printTable(out,
               {Tr::tr("ID"), Tr::tr("State"), Tr::tr("Matchers"), Tr::tr("Starts At"),
                Tr::tr("Ends At"), Tr::tr("Matching"), Tr::tr("Created By"), Tr::tr("Comment")},
               rows);
    return 0;
}

int silenceExpire(Session &session, const Args &a, QTextStream &err)
{
    if (a.positional.isEmpty()) {
        err << Tr::tr("usage: silence expire ID... [--reason TEXT]") << Qt::endl;
        return 2;
    }
    int failed = 0;
    for (const QString &text : a.positional) {
        Result<QString> id = resolveSilence(*session.store(), text);
        if (!id) {
            err << id.error().toString() << Qt::endl;
            ++failed;
            continue;
        }
        if (auto e = session.expireSilence(id.value(), a.value(QStringLiteral("--reason")))) {
            err << e->toString() << Qt::endl;
            ++failed;
        }
    }
    return failed ? 1 : 0;
}

int maintenanceList(Session &session, const Args &a, QTextStream &out)
{
    const qint64 now = session.clock()->nowMs();
    const QList<MaintenanceWindow> all = session.book()->maintenanceWindows();
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const MaintenanceWindow &w : all) {
            const auto next = w.nextOccurrence(now);
            QJsonObject o{
                {QStringLiteral("id"), w.id},
                {QStringLiteral("name"), w.name},
                {QStringLiteral("kind"), MaintenanceWindow::kindName(w.kind)},
                {QStringLiteral("schedule"), w.scheduleText()},
                {QStringLiteral("active"), w.isActiveAt(now)},
                {QStringLiteral("matchers"), AlertmanagerCodec::matchersToJson(w.matchers)},
                {QStringLiteral("suppressCritical"), w.suppressCritical},
                {QStringLiteral("createdBy"), w.createdBy},
                {QStringLiteral("comment"), w.comment}};
            o.insert(QStringLiteral("nextStart"),
                     next ? QJsonValue(AlertmanagerCodec::formatTime(next->startMs))
                          : QJsonValue());
            o.insert(QStringLiteral("nextEnd"),
                     next ? QJsonValue(AlertmanagerCodec::formatTime(next->endMs)) : QJsonValue());
            arr.append(o);
        }
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    QList<QStringList> rows;
    for (const MaintenanceWindow &w : all) {
        const auto next = w.nextOccurrence(now);
        const QString when = !next ? Tr::tr("none left")
                             : next->contains(now)
                                 ? Tr::tr("in force until %1").arg(timeText(next->endMs))
                                 : timeText(next->startMs);
        QString scope = w.suppressCritical ? Tr::tr("all") : Tr::tr("all but critical");
        if (!w.matchers.isEmpty())
            scope += u' ' + matcherListToString(w.matchers);
        rows << QStringList{QString::number(w.id), w.name,   w.scheduleText(), when, scope,
                            w.createdBy,           w.comment};
    }
    printTable(out,
               {Tr::tr("ID"), Tr::tr("Name"), Tr::tr("Schedule"), Tr::tr("Next"),
                Tr::tr("Suppresses"), Tr::tr("Created By"), Tr::tr("Comment")},
               rows);
    return 0;
}

int auditExport(Session &session, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() != 1) {
        err << Tr::tr("usage: audit export FILE.csv|-") << Qt::endl;
        return 2;
    }
    if (!session.repository()) {
        err << Tr::tr("the audit log lives in the workspace database; none is configured")
            << Qt::endl;
        return 1;
    }
    const QString path = a.positional.first();
    if (path == u"-") {
        Result<QList<AuditEntry>> all = session.repository()->auditEntries();
        if (!all) {
            err << all.error().toString() << Qt::endl;
            return 1;
        }
        out << QString::fromUtf8(AuditEntry::toCsv(all.value()));
        out.flush();
        return 0;
    }
    if (auto e = AuditLogModel::exportCsv(session.repository(), path)) {
        err << e->toString() << Qt::endl;
        return 1;
    }
    Result<QList<AuditEntry>> all = session.repository()->auditEntries();
    out << QCoreApplication::translate("Wk::AlertsCli", "wrote %n audit entries to %1", nullptr,
                                       all ? int(all.value().size()) : 0)
               .arg(path)
        << Qt::endl;
    return 0;
}

} // namespace

bool isAlertsCommand(const QString &group)
{
    return Groups.contains(group);
}

QString alertsCommandUsage()
{
    return QStringLiteral(
        "alerts list [--json]                          current alerts with ack and suppression\n"
        "alerts ack ID... --note TEXT [--expires 4h]   acknowledge (until resolved or expiry)\n"
        "alerts unack ID... [--reason TEXT]            take an acknowledgement back\n"
        "silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] [--start TIME]\n"
        "            [--author NAME]                   suppress matching alerts; prints the id\n"
        "silence list [--json] [--expired]             silences with state and matching alerts\n"
        "silence expire ID... [--reason TEXT]          end silences now\n"
        "maintenance list [--json]                     maintenance windows and next occurrence\n"
        "audit export FILE.csv|-                       the audit log as CSV (RFC 4180)");
}

int runAlertsCommand(const QStringList &args, const AlertsCliContext &ctx, QTextStream &out,
                     QTextStream &err)
{
    const QString group = args.value(0);
    const QString verb = args.value(1);
    const QStringList rest = args.mid(2);
    struct Verb
    {
        const char *group;
        const char *verb;
        QStringList valued;
        QStringList flags;
    };
    const QList<Verb> verbs{
        {"alerts", "list", {}, {QStringLiteral("--json")}},
        {"alerts", "ack", {QStringLiteral("--note"), QStringLiteral("--expires")}, {}},
        {"alerts", "unack", {QStringLiteral("--reason")}, {}},
        {"silence",
         "add",
         {QStringLiteral("--comment"), QStringLiteral("--duration"), QStringLiteral("--end"),
          QStringLiteral("--start"), QStringLiteral("--author")},
         {}},
        {"silence", "list", {}, {QStringLiteral("--json"), QStringLiteral("--expired")}},
        {"silence", "expire", {QStringLiteral("--reason")}, {}},
        {"maintenance", "list", {}, {QStringLiteral("--json")}},
        {"audit", "export", {}, {}},
    };
    const Verb *found = nullptr;
    for (const Verb &v : verbs) {
        if (group == QLatin1String(v.group) && verb == QLatin1String(v.verb))
            found = &v;
    }
    if (!found) {
        err << Tr::tr("unknown command \"%1 %2\"; commands:").arg(group, verb) << '\n'
            << alertsCommandUsage() << Qt::endl;
        return 2;
    }
    const Args a = parseArgs(rest, found->valued, found->flags);
    if (!a.error.isEmpty()) {
        err << QStringLiteral("%1 %2: %3").arg(group, verb, a.error) << Qt::endl;
        return 2;
    }
    Session session(ctx);
    if (auto e = session.open()) {
        err << QStringLiteral("%1 %2: %3").arg(group, verb, e->toString()) << Qt::endl;
        return 1;
    }
    QObject::connect(session.book(), &AlertBook::errorOccurred, session.book(),
                     [&err](const QString &message) { err << message << Qt::endl; });
    if (group == u"alerts" && verb == u"list")
        return alertsList(session, a, out);
    if (group == u"alerts" && verb == u"ack")
        return alertsAck(session, a, out, err);
    if (group == u"alerts" && verb == u"unack")
        return alertsUnack(session, a, out, err);
    if (group == u"silence" && verb == u"add")
        return silenceAdd(session, a, out, err);
    if (group == u"silence" && verb == u"list")
        return silenceList(session, a, out);
    if (group == u"silence" && verb == u"expire")
        return silenceExpire(session, a, err);
    if (group == u"maintenance")
        return maintenanceList(session, a, out);
    return auditExport(session, a, out, err);
}

} // namespace Wk

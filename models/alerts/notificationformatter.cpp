#include "notificationformatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace Wk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wk::NotificationFormatter", text);
}

// Slack's mrkdwn needs &, < and > escaped; everything else is literal.
QString slackEscape(QString text)
{
    text.replace(u'&', QStringLiteral("&amp;"));
    text.replace(u'<', QStringLiteral("&lt;"));
    text.replace(u'>', QStringLiteral("&gt;"));
    return text;
}

QString cut(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1) + QChar(0x2026);
}

QString humanTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

qint64 startedMs(const Alert &a)
{
    return a.firedAtMs.value_or(a.activeAtMs);
}

QJsonObject labelsObject(const Labels &labels)
{
    QJsonObject o;
    for (const Label &l : labels)
        o.insert(l.name, l.value);
    return o;
}

QJsonObject annotationsObject(const QMap<QString, QString> &annotations)
{
    QJsonObject o;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject mrkdwn(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                       {QStringLiteral("text"), text}};
}

QJsonObject plainText(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                       {QStringLiteral("text"), text}};
}

QJsonObject field(const QString &title, const QString &value)
{
    return mrkdwn(
        QStringLiteral("*%1*\n%2").arg(slackEscape(title), cut(slackEscape(value), 1900)));
}

QJsonObject button(const QString &text, const QString &url)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                       {QStringLiteral("text"), plainText(text)},
                       {QStringLiteral("url"), url}};
}

// Labels worth showing beside the headline: all but the ones shown elsewhere.
bool shownElsewhere(const QString &name)
{
    return name == u"alertname" || name == u"severity";
}

// Folds a header value at spaces so lines stay within 78 characters (RFC 5322 2.1.1);
// unfolding (dropping each CRLF) gives the value back. Encoded words arrive folded already.
QByteArray foldHeader(qsizetype used, const QByteArray &value)
{
    if (used + value.size() <= 78 || value.contains("\r\n"))
        return value;
    QByteArray out;
    qsizetype width = used;
    const QByteArrayList words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words[i];
        if (i > 0) {
            if (width + 1 + w.size() > 78) {
                out += "\r\n";
                width = 0;
            }
            out += ' ';
            ++width;
        }
        out += w;
        width += w.size();
    }
    return out;
}

} // namespace

QString NotificationFormatter::slackColour(const Notification &n)
{
    if (n.kind == Notification::Kind::Resolved)
        return QStringLiteral("#2EB67D");
    if (n.kind == Notification::Kind::Acknowledged)
        return QStringLiteral("#8D8D8D");
    const QString s = n.severity();
    if (s == u"critical")
        return QStringLiteral("#D00000");
    if (s == u"high")
        return QStringLiteral("#F57C00");
    if (s == u"medium")
        return QStringLiteral("#F2C744");
    return QStringLiteral("#2F80ED");
}

QJsonObject NotificationFormatter::slack(const Notification &n, const ChannelConfig &channel)
{
    const Alert &a = n.alert;
    QJsonArray blocks;
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                              {QStringLiteral("text"), plainText(cut(n.headline(), 150))}});

    QString body = QStringLiteral("*%1*").arg(slackEscape(n.summary()));
    if (!n.description().isEmpty())
        body += u'\n' + slackEscape(n.description());
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("text"), mrkdwn(cut(body, 2900))}});

    QJsonArray fields;
    const QString sev = n.severity();
    fields.append(field(tr("Severity"), sev.isEmpty() ? tr("none") : sev.toUpper()));
    fields.append(field(tr("Status"), n.statusText()));
    if (startedMs(a) > 0)
        fields.append(field(tr("Started"), humanTime(startedMs(a))));
    if (a.resolvedAtMs)
        fields.append(field(tr("Resolved"), humanTime(*a.resolvedAtMs)));
    const QString response = a.labels.value(u"response_time");
    if (!response.isEmpty())
        fields.append(field(tr("Response time"), response));
    if (n.kind == Notification::Kind::Acknowledged && !n.note.isEmpty())
        fields.append(field(tr("Note"), n.note));
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("fields"), fields}});

    QStringList labelText;
    for (const Label &l : a.labels) {
        if (!shownElsewhere(l.name))
            labelText << QStringLiteral("`%1=%2`").arg(slackEscape(l.name), slackEscape(l.value));
    }
    if (!labelText.isEmpty()) {
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("context")},
            {QStringLiteral("elements"), QJsonArray{mrkdwn(cut(labelText.join(u' '), 2900))}}});
    }

    QJsonArray actions;
    if (!n.runbookUrl().isEmpty())
        actions.append(button(tr("Runbook"), n.runbookUrl()));
    if (n.link.isValid())
        actions.append(button(tr("Open in Watchkeeper"), n.link.toString()));
    if (!actions.isEmpty()) {
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("actions")},
                                  {QStringLiteral("elements"), actions}});
    }

    const QString fallback = n.headline();
    QJsonObject attachment{{QStringLiteral("color"), slackColour(n)},
                           {QStringLiteral("fallback"), fallback},
                           {QStringLiteral("blocks"), blocks}};
    QJsonObject message{{QStringLiteral("text"), slackEscape(fallback)},
                        {QStringLiteral("attachments"), QJsonArray{attachment}}};
    if (!channel.slackChannel.isEmpty())
        message.insert(QStringLiteral("channel"), channel.slackChannel);
    if (!channel.username.isEmpty())
        message.insert(QStringLiteral("username"), channel.username);
    return message;
}

QString NotificationFormatter::dedupKey(const Notification &n)
{
    return QStringLiteral("watchkeeper-") + n.fingerprint();
}

QString NotificationFormatter::pagerDutySeverity(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == u"critical")
        return QStringLiteral("critical");
    if (s == u"high" || s == u"error")
        return QStringLiteral("error");
    if (s == u"medium" || s == u"warning")
        return QStringLiteral("warning");
    if (s == u"low" || s == u"info")
        return QStringLiteral("info");
    return QStringLiteral("warning");
}

QJsonObject NotificationFormatter::pagerDuty(const Notification &n, const ChannelConfig &channel,
                                             const QString &routingKey)
{
    QString action;
    switch (n.kind) {
    case Notification::Kind::Acknowledged:
        action = QStringLiteral("acknowledge");
        break;
    case Notification::Kind::Resolved:
        action = QStringLiteral("resolve");
        break;
    case Notification::Kind::Firing:
    case Notification::Kind::Escalation:
    case Notification::Kind::Test:
        action = QStringLiteral("trigger");
        break;
    }
    QJsonObject event{{QStringLiteral("routing_key"), routingKey},
                      {QStringLiteral("event_action"), action},
                      {QStringLiteral("dedup_key"), dedupKey(n)}};
    if (action != u"trigger")
        return event; // PagerDuty reads only the key and the action for these

    const Alert &a = n.alert;
    QString summary = n.summary();
    if (n.kind == Notification::Kind::Escalation)
        summary = QStringLiteral("[%1] %2").arg(n.statusText(), summary);
    QString source = channel.source;
    if (source.isEmpty())
        source = a.labels.value(u"instance");
    if (source.isEmpty())
        source = a.labels.value(u"job");
    if (source.isEmpty())
        source = QStringLiteral("watchkeeper");

    QJsonObject details{{QStringLiteral("labels"), labelsObject(a.labels)},
                        {QStringLiteral("annotations"), annotationsObject(a.annotations)},
                        {QStringLiteral("fingerprint"), n.fingerprint()}};
    if (n.kind != Notification::Kind::Test)
        details.insert(QStringLiteral("value"), a.value);
    if (n.kind == Notification::Kind::Escalation) {
        details.insert(QStringLiteral("escalation_step"), n.step);
        if (!n.target.isEmpty())
            details.insert(QStringLiteral("escalation_target"), n.target);
    }

    QJsonObject payload{{QStringLiteral("summary"), cut(summary, 1024)},
                        {QStringLiteral("source"), cut(source, 255)},
                        {QStringLiteral("severity"), pagerDutySeverity(n.severity())},
                        {QStringLiteral("class"), n.alertName()},
                        {QStringLiteral("custom_details"), details}};
    if (startedMs(a) > 0)
        payload.insert(QStringLiteral("timestamp"), rfc3339(startedMs(a)));
    const QString job = a.labels.value(u"job");
    if (!job.isEmpty())
        payload.insert(QStringLiteral("component"), job);
    if (!a.groupName.isEmpty())
        payload.insert(QStringLiteral("group"), a.groupName);
    event.insert(QStringLiteral("payload"), payload);
    event.insert(QStringLiteral("client"), QStringLiteral("Watchkeeper"));
    if (n.externalUrl.isValid())
        event.insert(QStringLiteral("client_url"), n.externalUrl.toString());
    QJsonArray links;
    if (!n.runbookUrl().isEmpty())
        links.append(QJsonObject{{QStringLiteral("href"), n.runbookUrl()},
                                 {QStringLiteral("text"), tr("Runbook")}});
    if (n.link.isValid())
        links.append(QJsonObject{{QStringLiteral("href"), n.link.toString()},
                                 {QStringLiteral("text"), tr("Open in Watchkeeper")}});
    if (!links.isEmpty())
        event.insert(QStringLiteral("links"), links);
    return event;
}

QJsonObject NotificationFormatter::alertmanagerWebhook(const Notification &n,
                                                       const QString &receiver)
{
    const Alert &a = n.alert;
    const bool resolved = n.kind == Notification::Kind::Resolved;
    const QString status = resolved ? QStringLiteral("resolved") : QStringLiteral("firing");
    const QJsonObject labels = labelsObject(a.labels);
    const QJsonObject annotations = annotationsObject(a.annotations);
    // Grouped by all labels (Alertmanager's group_by: ['...']), so each group is this alert
    // and its group labels, common labels and common annotations are the alert's own.
    QStringList keyParts;
    for (const Label &l : a.labels) {
        QString v = l.value;
        v.replace(u'\\', QStringLiteral("\\\\"));
        v.replace(u'"', QStringLiteral("\\\""));
        v.replace(u'\n', QStringLiteral("\\n"));
        keyParts << QStringLiteral("%1=\"%2\"").arg(l.name, v);
    }
    const QString groupKey = QStringLiteral("{}:{%1}").arg(keyParts.join(QStringLiteral(", ")));
    const qint64 endsAt = resolved ? a.resolvedAtMs.value_or(n.atMs) : 0;
    const QJsonObject alert{{QStringLiteral("status"), status},
                            {QStringLiteral("labels"), labels},
                            {QStringLiteral("annotations"), annotations},
                            {QStringLiteral("startsAt"), rfc3339(startedMs(a))},
                            {QStringLiteral("endsAt"), rfc3339(endsAt)},
                            {QStringLiteral("generatorURL"), n.link.toString()},
                            {QStringLiteral("fingerprint"), n.fingerprint()}};
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("4")},
                       {QStringLiteral("groupKey"), groupKey},
                       {QStringLiteral("truncatedAlerts"), 0},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("receiver"), receiver},
                       {QStringLiteral("groupLabels"), labels},
                       {QStringLiteral("commonLabels"), labels},
                       {QStringLiteral("commonAnnotations"), annotations},
                       {QStringLiteral("externalURL"), n.externalUrl.toString()},
                       {QStringLiteral("alerts"), QJsonArray{alert}}};
}

QString NotificationFormatter::smsText(const Notification &n, int maxLength)
{
    return cut(n.headline(), std::max(2, maxLength));
}

QJsonObject NotificationFormatter::sms(const Notification &n, const ChannelConfig &channel,
                                       const QString &to)
{
    return QJsonObject{{QStringLiteral("to"), to},
                       {QStringLiteral("message"), smsText(n, channel.maxLength)},
                       {QStringLiteral("severity"), n.severity()},
                       {QStringLiteral("status"), Notification::kindName(n.kind)},
                       {QStringLiteral("alertname"), n.alertName()},
                       {QStringLiteral("fingerprint"), n.fingerprint()}};
}

QString NotificationFormatter::emailSubject(const Notification &n)
{
    return cut(n.headline(), 200);
}

QString NotificationFormatter::emailBody(const Notification &n)
{
    const Alert &a = n.alert;
    QStringList lines;
    lines << n.headline() << QString();
    if (!n.description().isEmpty())
        lines << n.description() << QString();
    const auto row = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("%1: %2").arg(name, value);
    };
    row(tr("Severity"), n.severity());
    row(tr("Status"), n.statusText());
    if (startedMs(a) > 0)
        row(tr("Started"), humanTime(startedMs(a)));
    if (a.resolvedAtMs)
        row(tr("Resolved"), humanTime(*a.resolvedAtMs));
    row(tr("Response time"), a.labels.value(u"response_time"));
    if (n.kind == Notification::Kind::Acknowledged)
        row(tr("Note"), n.note);
    row(tr("Runbook"), n.runbookUrl());
    if (n.link.isValid())
        row(tr("Open in Watchkeeper"), n.link.toString());
    lines << QString() << tr("Labels:");
    for (const Label &l : a.labels)
        lines << QStringLiteral("  %1 = %2").arg(l.name, l.value);
    if (!a.annotations.isEmpty()) {
        lines << tr("Annotations:");
        for (auto it = a.annotations.cbegin(); it != a.annotations.cend(); ++it)
            lines << QStringLiteral("  %1 = %2").arg(it.key(), it.value());
    }
    lines << QString() << tr("Fingerprint: %1").arg(n.fingerprint());
    return lines.join(u'\n') + u'\n';
}

QByteArray NotificationFormatter::email(const Notification &n, const ChannelConfig &channel,
                                        const QString &to, const QString &domain)
{
    const QString host = domain.isEmpty() ? QStringLiteral("watchkeeper.invalid") : domain;
    const auto messageId = [&](const QString &kind, qint64 ms) {
        return QStringLiteral("<watchkeeper.%1.%2.%3@%4>")
            .arg(n.fingerprint(), kind)
            .arg(ms)
            .arg(host)
            .toLatin1();
    };
    const QByteArray firingId = messageId(QStringLiteral("firing"), n.alert.activeAtMs);
    const QByteArray ownId = n.kind == Notification::Kind::Firing
                                 ? firingId
                                 : messageId(Notification::kindName(n.kind), n.atMs);
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(n.atMs, Qt::UTC);
    QByteArray m;
    const auto header = [&m](const char *name, const QByteArray &value) {
        m += name;
        m += ": ";
        m += foldHeader(qstrlen(name) + 2, value);
        m += "\r\n";
    };
    header("From", "Watchkeeper <" + channel.from.toUtf8() + ">");
    header("To", "<" + to.toUtf8() + ">");
    header("Subject", encodeHeaderWord(emailSubject(n)));
    header("Date",
           QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
               " +0000");
    header("Message-ID", ownId);
    if (ownId != firingId && n.kind != Notification::Kind::Test) {
        header("In-Reply-To", firingId);
        header("References", firingId);
    }
    header("X-Watchkeeper-Status", Notification::kindName(n.kind).toLatin1());
    header("X-Watchkeeper-Fingerprint", n.fingerprint().toLatin1());
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    m += "\r\n";
    m += quotedPrintable(emailBody(n).toUtf8());
    return m;
}

QString NotificationFormatter::rfc3339(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0001-01-01T00:00:00Z");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int frac = int(ms % 1000);
    if (frac != 0) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return s + u'Z';
}

QByteArray NotificationFormatter::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QByteArrayList lines = utf8.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        int width = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = quint8(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                token = QByteArray(1, char(c));
            } else {
                token = QByteArray("=") + hex[c >> 4] + hex[c & 0xf];
            }
            if (width + token.size() > 75) {
                out += "=\r\n";
                width = 0;
            }
            out += token;
            width += int(token.size());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray NotificationFormatter::encodeHeaderWord(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLatin1();
    // RFC 2047 encoded words of at most 75 characters, split between code points.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            unit += text[++i];
        const QByteArray bytes = unit.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

} // namespace Wk

#pragma once

#include "alert.h"
#include "silence.h"

#include "models/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Wk {

// An alert as Alertmanager's API v2 reports it: the alert, and what Alertmanager itself says
// about its suppression.
struct RemoteAlert
{
    Alert alert;   // id = Alertmanager's fingerprint; state Firing; activeAt = firedAt = startsAt
    QString state; // "active", "suppressed" or "unprocessed"
    QStringList silencedBy;
    QList<quint64> inhibitedBy;
    QStringList receivers;
    QString generatorUrl;
    qint64 endsAtMs = 0;
    qint64 updatedAtMs = 0;
};

// JSON of Alertmanager's API v2 (the OpenAPI spec in alertmanager-openapi-v2.yaml): decoding of
// gettable alerts, alert groups and silences, encoding of postable silences and alerts. Errors
// say which element is wrong.
class AlertmanagerCodec final
{
    Q_DECLARE_TR_FUNCTIONS(Wk::AlertmanagerCodec)
public:
    // GET /api/v2/alerts/groups; an alert in several groups (routes) appears once.
    static Result<QList<RemoteAlert>> decodeAlertGroups(const QByteArray &json);
    // GET /api/v2/alerts
    static Result<QList<RemoteAlert>> decodeAlerts(const QByteArray &json);
    // GET /api/v2/silences and /api/v2/silence/{id}
    static Result<QList<Silence>> decodeSilences(const QByteArray &json);
    static Result<Silence> decodeSilence(const QByteArray &json);
    // The answer of POST /api/v2/silences: {"silenceID": "..."}
    static Result<QString> decodeSilenceId(const QByteArray &json);

    // POST /api/v2/silences; with an id, Alertmanager updates or replaces that silence.
    static QByteArray encodeSilence(const Silence &silence);
    // POST /api/v2/alerts: alerts with their labels, annotations, startsAt (activeAt) and
    // endsAt (resolvedAt if resolved, else endsAtMs when not 0).
    static QByteArray encodeAlerts(const QList<Alert> &alerts, qint64 endsAtMs = 0,
                                   const QString &generatorUrl = {});

    static QJsonObject labelsToJson(const Labels &labels);
    static Labels labelsFromJson(const QJsonObject &object);
    static QJsonObject mapToJson(const QMap<QString, QString> &map);
    static QMap<QString, QString> mapFromJson(const QJsonObject &object);
    static QJsonArray matchersToJson(const LabelMatchers &matchers);
    static Result<LabelMatchers> matchersFromJson(const QJsonArray &array);

    // The expression of a Prometheus generator URL (".../graph?g0.expr=...&g0.tab=1"), or empty.
    static QString expressionFromGeneratorUrl(const QString &url);

    // RFC 3339 with milliseconds in UTC, as Alertmanager writes it ("...T16:22:19.000Z").
    static QString formatTime(qint64 ms);
    // RFC 3339 with any fraction and offset; Go's zero time (year 1) reads as 0.
    static std::optional<qint64> parseTime(const QString &text);

private:
    static Result<RemoteAlert> decodeAlert(const QJsonObject &object, int index);
    static Result<Silence> decodeSilenceObject(const QJsonObject &object, int index);
};

} // namespace Wk

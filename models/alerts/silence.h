#pragma once

#include "models/core/result.h"
#include "models/metrics/labelmatcher.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Wk {

// A silence in Alertmanager's model: alerts whose labels match every matcher are muted from
// startsAt until endsAt. Watchkeeper adds the guide's rule that every suppression is documented:
// the comment is required. A silence whose comment starts with "ACK!" is an acknowledgement
// (karma's convention), not a suppression.
struct Silence
{
    Q_DECLARE_TR_FUNCTIONS(Wk::Silence)
public:
    enum class State { Pending, Active, Expired };

    QString id; // a UUID; empty for a silence not saved yet
    LabelMatchers matchers;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    QString createdBy;
    QString comment;
    qint64 updatedAtMs = 0;

    // As Alertmanager computes it: pending before startsAt, active until endsAt, then expired.
    State stateAt(qint64 nowMs) const;
    bool isActiveAt(qint64 nowMs) const { return stateAt(nowMs) == State::Active; }
    bool matches(const Labels &labels) const { return matchesAll(matchers, labels); }
    // Active and ending within `withinMs` (the silences view's "expires within 5 minutes").
    bool expiresWithin(qint64 nowMs, qint64 withinMs) const;
    bool isAcknowledgement() const { return isAcknowledgementComment(comment); }

    // What is wrong with this silence as a new or edited one at nowMs, in words for the user;
    // nothing when it may be saved. Alertmanager's checks (at least one matcher, one that does
    // not match the empty string, valid expressions, an end after the start and not in the
    // past, a creator) and the required comment.
    std::optional<Error> validate(qint64 nowMs) const;

    // A silence prefilled from an alert: alertname and instance (those present), equal matchers.
    static Silence fromAlert(const Labels &labels, const QString &createdBy, qint64 startsAtMs,
                             qint64 durationMs);

    static QString stateName(State state); // "pending", "active", "expired" (Alertmanager's words)
    static std::optional<State> stateFromName(QStringView name);
    static QString newId(); // a random UUID without braces
    static bool isAcknowledgementComment(const QString &comment);
    static QString acknowledgementPrefix() { return QStringLiteral("ACK!"); }
};

} // namespace Wk

Q_DECLARE_METATYPE(Wk::Silence)

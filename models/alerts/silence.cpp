#include "silence.h"

#include <QRegularExpression>
#include <QUuid>

namespace Wk {

Silence::State Silence::stateAt(qint64 nowMs) const
{
    if (nowMs < startsAtMs)
        return State::Pending;
    if (nowMs < endsAtMs)
        return State::Active;
    return State::Expired;
}

bool Silence::expiresWithin(qint64 nowMs, qint64 withinMs) const
{
    return isActiveAt(nowMs) && endsAtMs - nowMs <= withinMs;
}

std::optional<Error> Silence::validate(qint64 nowMs) const
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    if (matchers.isEmpty())
        return Error(tr("a silence needs at least one matcher"));
    bool someNonEmpty = false;
    for (const LabelMatcher &m : matchers) {
        if (!m.error().isEmpty())
            return Error(tr("matcher %1: %2").arg(m.toString(), m.error()));
        if (!labelName.match(m.name()).hasMatch())
            return Error(tr("matcher %1: \"%2\" is not a label name").arg(m.toString(), m.name()));
        if (!m.matches(QString()))
            someNonEmpty = true;
    }
    if (!someNonEmpty)
        return Error(tr("at least one matcher must not match the empty string, or the silence "
                        "would mute every alert"));
    if (endsAtMs <= startsAtMs)
        return Error(tr("the silence must end after it starts"));
    if (endsAtMs <= nowMs)
        return Error(tr("the end time must not be in the past"));
    if (createdBy.trimmed().isEmpty())
        return Error(tr("a silence needs its creator's name"));
    if (comment.trimmed().isEmpty())
        return Error(tr("a silence needs a comment: say why these alerts are suppressed (the "
                        "monitoring guide requires documentation for every suppression)"));
    return std::nullopt;
}

Silence Silence::fromAlert(const Labels &labels, const QString &createdBy, qint64 startsAtMs,
                           qint64 durationMs)
{
    Silence s;
    for (const char *name : {"alertname", "instance"}) {
        const QString key = QString::fromLatin1(name);
        if (labels.has(key))
            s.matchers << LabelMatcher(key, LabelMatcher::Op::Equal, labels.value(key));
    }
    s.startsAtMs = startsAtMs;
    s.endsAtMs = startsAtMs + durationMs;
    s.createdBy = createdBy;
    return s;
}

QString Silence::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Active:
        return QStringLiteral("active");
    case State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<Silence::State> Silence::stateFromName(QStringView name)
{
    for (State s : {State::Pending, State::Active, State::Expired}) {
        if (name == stateName(s))
            return s;
    }
    return std::nullopt;
}

QString Silence::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Silence::isAcknowledgementComment(const QString &comment)
{
    return comment.startsWith(acknowledgementPrefix());
}

} // namespace Wk

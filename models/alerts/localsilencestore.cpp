#include "localsilencestore.h"

#include "alertmanagercodec.h"
#include "alertrepository.h"
#include "matcherlist.h"

#include "models/core/clock.h"
#include "models/core/logging.h"

namespace Wk {

namespace {

// Alertmanager's canUpdate: whether `next` may replace `prev` under the same id.
bool canUpdate(const Silence &prev, const Silence &next, qint64 now)
{
    if (!(prev.matchers == next.matchers))
        return false;
    switch (prev.stateAt(now)) {
    case Silence::State::Active:
        return next.startsAtMs == prev.startsAtMs && next.endsAtMs >= now;
    case Silence::State::Pending:
        return next.startsAtMs >= now;
    case Silence::State::Expired:
        return false;
    }
    return false;
}

QString describe(const Silence &s)
{
    return QCoreApplication::translate("Wk::LocalSilenceStore", "%1 from %2 until %3")
        .arg(matcherListToString(s.matchers), AlertmanagerCodec::formatTime(s.startsAtMs),
             AlertmanagerCodec::formatTime(s.endsAtMs));
}

} // namespace

LocalSilenceStore::LocalSilenceStore(Clock *clock, AlertRepository *repository, QObject *parent)
    : SilenceStore(clock, parent)
    , m_repository(repository)
{
    refresh();
}

QString LocalSilenceStore::name() const
{
    return tr("local silences");
}

int LocalSilenceStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_silences.size(); ++i) {
        if (m_silences.at(i).id == id)
            return i;
    }
    return -1;
}

void LocalSilenceStore::refresh()
{
    if (!m_repository)
        return;
    if (Result<int> purged = m_repository->purgeSilences(clock()->nowMs() - RetentionMs); !purged)
        qCWarning(lcAlerts).noquote() << purged.error().toString();
    Result<QList<Silence>> loaded = m_repository->silences();
    if (!loaded) {
        Q_EMIT errorChanged(loaded.error().toString());
        return;
    }
    const QList<Silence> &fresh = loaded.value();
    bool same = fresh.size() == m_silences.size();
    for (int i = 0; same && i < fresh.size(); ++i) {
        const Silence &a = fresh.at(i);
        const Silence &b = m_silences.at(i);
        same = a.id == b.id && a.updatedAtMs == b.updatedAtMs && a.endsAtMs == b.endsAtMs &&
               a.startsAtMs == b.startsAtMs;
    }
    if (same)
        return;
    m_silences = fresh;
    Q_EMIT silencesChanged();
}

std::optional<Error> LocalSilenceStore::write(const QList<Silence> &changed, const QString &actor,
                                              const QString &action, const QString &target,
                                              const QString &details, const QString &reason)
{
    if (m_repository) {
        AuditEntry audit;
        audit.atMs = clock()->nowMs();
        audit.actor = actor;
        audit.action = action;
        audit.target = target;
        audit.details = details;
        audit.reason = reason;
        if (auto err = m_repository->writeSilences(changed, audit))
            return err;
    }
    for (const Silence &s : changed) {
        const int i = indexOf(s.id);
        if (i >= 0)
            m_silences[i] = s;
        else
            m_silences << s;
    }
    Q_EMIT silencesChanged();
    return std::nullopt;
}

void LocalSilenceStore::saveValidated(const Silence &input, IdCallback done)
{
    const qint64 now = clock()->nowMs();
    const auto finish = [&done](const Result<QString> &r) {
        if (done)
            done(r);
    };
    Silence next = input;
    next.updatedAtMs = now;
    if (!next.id.isEmpty()) {
        const int i = indexOf(next.id);
        if (i < 0)
            return finish(Error(tr("there is no silence %1").arg(next.id)));
        const Silence prev = m_silences.at(i);
        if (canUpdate(prev, next, now)) {
            if (auto err = write({next}, next.createdBy, AuditEntry::SilenceEdit, next.id,
                                 tr("updated to %1").arg(describe(next)), next.comment))
                return finish(*err);
            return finish(next.id);
        }
        QList<Silence> changed;
        QString details;
        if (prev.stateAt(now) != Silence::State::Expired) {
            Silence old = prev;
            if (old.stateAt(now) == Silence::State::Pending)
                old.startsAtMs = now;
            old.endsAtMs = now;
            old.updatedAtMs = now;
            changed << old;
            details = tr("expired %1 and replaced it").arg(prev.id);
        } else {
            details = tr("recreated expired %1").arg(prev.id);
        }
        next.id = Silence::newId();
        next.startsAtMs = std::max(next.startsAtMs, now);
        changed << next;
        if (auto err = write(changed, next.createdBy, AuditEntry::SilenceEdit, next.id,
                             details + QStringLiteral(": ") + describe(next), next.comment))
            return finish(*err);
        return finish(next.id);
    }
    next.id = Silence::newId();
    next.startsAtMs = std::max(next.startsAtMs, now);
    if (auto err = write({next}, next.createdBy, AuditEntry::SilenceCreate, next.id, describe(next),
                         next.comment))
        return finish(*err);
    finish(next.id);
}

void LocalSilenceStore::expire(const QString &id, const QString &actor, const QString &reason,
                               DoneCallback done)
{
    const auto finish = [&done](const std::optional<Error> &e) {
        if (done)
            done(e);
    };
    const int i = indexOf(id);
    if (i < 0)
        return finish(Error(tr("there is no silence %1").arg(id)));
    const qint64 now = clock()->nowMs();
    Silence s = m_silences.at(i);
    const Silence::State state = s.stateAt(now);
    if (state == Silence::State::Expired)
        return finish(std::nullopt);
    if (state == Silence::State::Pending)
        s.startsAtMs = now;
    s.endsAtMs = now;
    s.updatedAtMs = now;
    finish(write({s}, actor, AuditEntry::SilenceExpire, id,
                 tr("expired %1 silence %2").arg(Silence::stateName(state), describe(s)), reason));
}

} // namespace Wk

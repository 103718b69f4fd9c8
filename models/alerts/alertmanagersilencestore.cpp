#include "alertmanagersilencestore.h"

#include "alertmanagerclient.h"
#include "alertrepository.h"
#include "matcherlist.h"

#include "models/core/logging.h"

namespace Wk {

AlertmanagerSilenceStore::AlertmanagerSilenceStore(AlertmanagerClient *client, Clock *clock,
                                                   AlertRepository *auditLog, QObject *parent)
    : SilenceStore(clock, parent)
    , m_client(client)
    , m_auditLog(auditLog)
{}

AlertmanagerSilenceStore::~AlertmanagerSilenceStore()
{
    stop();
}

QString AlertmanagerSilenceStore::name() const
{
    return m_client ? m_client->baseUrl().toString(QUrl::RemoveUserInfo) : QString();
}

void AlertmanagerSilenceStore::start()
{
    m_running = true;
    refresh();
}

void AlertmanagerSilenceStore::stop()
{
    m_running = false;
    if (m_timer) {
        clock()->cancel(m_timer);
        m_timer = 0;
    }
}

void AlertmanagerSilenceStore::scheduleNext()
{
    if (!m_running || m_timer)
        return;
    m_timer = clock()->callAfter(m_pollMs, this, [this] {
        m_timer = 0;
        refresh();
    });
}

void AlertmanagerSilenceStore::refresh()
{
    if (!m_client)
        return;
    if (m_busy) {
        m_again = true; // a change was made while reading: read again afterwards
        return;
    }
    m_busy = true;
    QPointer<AlertmanagerSilenceStore> self(this);
    m_client->fetchSilences([self](const Result<QList<Silence>> &r) {
        if (!self)
            return;
        self->m_busy = false;
        if (r) {
            if (!self->m_error.isEmpty()) {
                self->m_error.clear();
                Q_EMIT self->errorChanged(QString());
            }
            const QList<Silence> &fresh = r.value();
            bool same = fresh.size() == self->m_silences.size();
            for (qsizetype i = 0; same && i < fresh.size(); ++i) {
                const Silence &a = fresh.at(i);
                const Silence &b = self->m_silences.at(i);
                same = a.id == b.id && a.updatedAtMs == b.updatedAtMs && a.endsAtMs == b.endsAtMs &&
                       a.startsAtMs == b.startsAtMs;
            }
            if (!same) {
                self->m_silences = fresh;
                Q_EMIT self->silencesChanged();
            }
        } else if (self->m_error != r.error().message) {
            self->m_error = r.error().message;
            qCWarning(lcAlerts).noquote() << self->m_error;
            Q_EMIT self->errorChanged(self->m_error);
        }
        if (self->m_again) {
            self->m_again = false;
            self->refresh();
            return;
        }
        self->scheduleNext();
    });
}

void AlertmanagerSilenceStore::audit(const QString &actor, const QString &action,
                                     const QString &target, const QString &details,
                                     const QString &reason)
{
    if (!m_auditLog)
        return;
    AuditEntry e;
    e.atMs = clock()->nowMs();
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.details = details;
    e.reason = reason;
    if (auto err = m_auditLog->appendAudit(e))
        qCWarning(lcAlerts).noquote() << err->toString();
}

void AlertmanagerSilenceStore::saveValidated(const Silence &silence, IdCallback done)
{
    if (!m_client) {
        if (done)
            done(Error(tr("no Alertmanager client")));
        return;
    }
    QPointer<AlertmanagerSilenceStore> self(this);
    m_client->postSilence(silence, [self, silence, done](const Result<QString> &r) {
        if (self && r) {
            const QString where = self->name();
            const QString what =
                silence.id.isEmpty()
                    ? tr("%1 until %2 on %3")
                          .arg(matcherListToString(silence.matchers),
                               AlertmanagerCodec::formatTime(silence.endsAtMs), where)
                : r.value() == silence.id
                    ? tr("updated to %1 until %2 on %3")
                          .arg(matcherListToString(silence.matchers),
                               AlertmanagerCodec::formatTime(silence.endsAtMs), where)
                    : tr("replaced %1 by %2 until %3 on %4")
                          .arg(silence.id, matcherListToString(silence.matchers),
                               AlertmanagerCodec::formatTime(silence.endsAtMs), where);
            self->audit(silence.createdBy,
                        silence.id.isEmpty() ? AuditEntry::SilenceCreate : AuditEntry::SilenceEdit,
                        r.value(), what, silence.comment);
            self->refresh();
        }
        if (done)
            done(r);
    });
}

void AlertmanagerSilenceStore::expire(const QString &id, const QString &actor,
                                      const QString &reason, DoneCallback done)
{
    if (!m_client) {
        if (done)
            done(Error(tr("no Alertmanager client")));
        return;
    }
    const std::optional<Silence> known = silence(id);
    QPointer<AlertmanagerSilenceStore> self(this);
    m_client->expireSilence(id, [self, id, actor, reason, known,
                                 done](const std::optional<Error> &err) {
        if (self && !err) {
            const QString details =
                known
                    ? tr("expired %1 on %2").arg(matcherListToString(known->matchers), self->name())
                    : tr("expired on %1").arg(self->name());
            self->audit(actor, AuditEntry::SilenceExpire, id, details, reason);
            self->refresh();
        }
        if (done)
            done(err);
    });
}

} // namespace Wk

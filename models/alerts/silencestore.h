#pragma once

#include "silence.h"

#include "models/core/result.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Wk {

class Clock;

// Where silences live: Watchkeeper's database (LocalSilenceStore) or an Alertmanager
// (AlertmanagerSilenceStore). Changes follow Alertmanager's rules; the callbacks run once the
// change is stored (at once for the local store, when Alertmanager answers for the remote one),
// and every change is written to the audit log.
class SilenceStore : public QObject
{
    Q_OBJECT
public:
    using IdCallback = std::function<void(const Result<QString> &idOrError)>;
    using DoneCallback = std::function<void(const std::optional<Error> &error)>;

    // clock is not owned.
    explicit SilenceStore(Clock *clock, QObject *parent = nullptr);

    virtual QList<Silence> silences() const = 0;
    std::optional<Silence> silence(const QString &id) const;
    virtual QString name() const = 0;
    virtual bool isRemote() const { return false; }

    // Saves a new silence (empty id) or edits one (its id), after validate(): a silence without
    // a comment is refused with a message. Editing follows Alertmanager: a pending silence, or
    // an active one whose matchers and start stay the same, is updated in place; otherwise an
    // active silence is expired and a new one (new id) created. An expired silence is never
    // changed: editing one creates a new silence. The callback receives the id in force.
    void save(const Silence &silence, IdCallback done);
    // Ends a silence now. Expiring an expired silence succeeds (as Alertmanager answers);
    // an unknown id is an error.
    virtual void expire(const QString &id, const QString &actor, const QString &reason,
                        DoneCallback done) = 0;
    // Reads the silences again (remote: a poll; local: the database, for changes made by
    // another process such as the command line).
    virtual void refresh() = 0;

    Clock *clock() const { return m_clock; }

Q_SIGNALS:
    void silencesChanged();
    void errorChanged(const QString &message);

protected:
    virtual void saveValidated(const Silence &silence, IdCallback done) = 0;

private:
    Clock *m_clock; // not owned
};

} // namespace Wk

#pragma once

#include "workspace.h"

#include "models/core/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace Wk {

// One key of a mapping as the writer spells it. value: QString (quoted only when YAML needs
// it), bool, an integer, a double, QStringList or QVariantList of scalars (written [a, b]),
// or a QVariantMap (a nested mapping).
struct YamlEntry
{
    QString key;
    QVariant value;
};
using YamlEntries = QList<YamlEntry>;

// Edits a workspace file in place and keeps what the user wrote around the edit: comments
// above, inside and after the entries, blank lines, key order, quoting and flow or block style
// of everything not edited. yaml-cpp's emitter would drop comments, so edits are made on the
// text, at the lines and columns yaml-cpp's marks give for each node; changing one key of a
// target rewrites only that key's value.
//
// Every edit is checked before it is kept: the new text must load with WorkspaceLoader (and
// pass any added validator) and read back as asked, else the edit is refused with the loader's
// error and the text stays as it was. save() writes atomically (QSaveFile).
class WorkspaceWriter final
{
public:
    // Extra checks of a candidate text (e.g. the notifications: section's own loader);
    // an error refuses the edit.
    using Validator =
        std::function<std::optional<Error>(const QByteArray &text, const QString &path)>;

    static Result<WorkspaceWriter> open(const QString &path);
    // path anchors relative paths and names the file in errors; save() needs it.
    static Result<WorkspaceWriter> fromText(const QByteArray &text, const QString &path = {});

    QString path() const { return m_path; }
    QByteArray text() const; // with the file's own line endings
    bool isModified() const { return m_modified; }
    const Workspace &workspace() const { return m_workspace; }

    // The targets as written: bearer_token stays the ${VAR} reference, never its value.
    QList<TargetConfig> targets() const;

    // Adds a target or changes the one named previousName (default: target.name). Only keys
    // whose value changed are rewritten. bearer_token must be a ${VAR} reference.
    Result<bool> setTarget(const TargetConfig &target, const QString &previousName = {});
    // Adds a target; refused when one of that name exists.
    Result<bool> addTarget(const TargetConfig &target);
    Result<bool> removeTarget(const QString &name);

    // A scalar at a key path ({"title"}, {"notifications", "external_url"}); missing mappings
    // on the way are created.
    Result<bool> setValue(const QStringList &keyPath, const QVariant &value);
    Result<bool> removeValue(const QStringList &keyPath);

    // Items of a list of named mappings ({"targets"}, {"notifications", "channels"}).
    // setListItem adds the item named `name` or edits the one named previousName: keys in
    // `entries` get those values, keys in `keep` stay as written, other keys are removed.
    QList<YamlEntries> listItems(const QStringList &listPath) const;
    Result<bool> setListItem(const QStringList &listPath, const QString &name,
                             const YamlEntries &entries, const QSet<QString> &keep = {},
                             const QString &previousName = {});
    Result<bool> removeListItem(const QStringList &listPath, const QString &name);

    void addValidator(Validator validator) { m_validators.append(std::move(validator)); }

    // Re-checks the text and writes it atomically to path().
    Result<bool> save();

    // A target as the block lines of a list item ("- name: ...") at the given indentation,
    // for writing a new file; every line ends with a newline.
    static QByteArray targetItemText(const TargetConfig &target, int indent);
    // The keys a target is written with (defaults left out, secrets as references).
    static YamlEntries targetEntries(const TargetConfig &target);

private:
    WorkspaceWriter() = default;
    // Checks a candidate and keeps it: loads, validators, then m_text.
    Result<bool> accept(const QByteArray &candidate);
    Result<Workspace> check(const QByteArray &candidate) const;
    QByteArray external(const QByteArray &internal) const;

    QString m_path;
    QByteArray m_text; // LF line endings, no byte order mark
    bool m_crlf = false;
    bool m_bom = false;
    bool m_modified = false;
    Workspace m_workspace; // as the current text loads
    QList<Validator> m_validators;
};

} // namespace Wk

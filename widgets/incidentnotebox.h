#pragma once

#include <QPlainTextEdit>

namespace Wk {

// Where a note for the timeline is typed. Ctrl+Enter submits it; the text stays until the
// owner says it was kept (clearNote()), so a failed write never loses what was typed.
class IncidentNoteBox final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit IncidentNoteBox(QWidget *parent = nullptr);

    QString note() const { return toPlainText().trimmed(); }
    void clearNote() { clear(); }

Q_SIGNALS:
    void submitted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Wk

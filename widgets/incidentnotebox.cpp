#include "widgets/incidentnotebox.h"

#include <QKeyEvent>

namespace Wk {

IncidentNoteBox::IncidentNoteBox(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setPlaceholderText(tr("Add a note to the timeline\u2026 (Ctrl+Enter adds it)"));
    setAccessibleName(tr("New timeline note"));
    setTabChangesFocus(true);
}

void IncidentNoteBox::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        if (!note().isEmpty())
            Q_EMIT submitted(note());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Wk

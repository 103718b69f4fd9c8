#include "widgets/incidentpdfexport.h"

#include "models/incidents/incidentrepository.h"
#include "models/incidents/incidentreview.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::IncidentPdfExport)
};

// Markdown tables come without borders; a review reads better with thin rules and a bold
// header row.
void styleTables(QTextDocument &doc)
{
    QList<QTextFrame *> frames{doc.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        for (QTextFrame *child : frame->childFrames()) {
            frames << child;
            auto *table = qobject_cast<QTextTable *>(child);
            if (!table)
                continue;
            QTextTableFormat format = table->format();
            format.setBorder(0.5);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(QColor(0x8C, 0x95, 0x9F));
            format.setBorderCollapse(true);
            format.setCellPadding(3);
            format.setCellSpacing(0);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(format);
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextCharFormat cf = cell.format();
                cf.setBackground(QColor(0xE3, 0xE6, 0xEA));
                cell.setFormat(cf);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                QTextCharFormat bold;
                bold.setFontWeight(QFont::Bold);
                cursor.mergeCharFormat(bold);
            }
        }
    }
}

} // namespace

std::optional<Error> writeIncidentPdf(const Incident &incident, qint64 nowMs, const QString &file)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error(Tr::tr("cannot write %1: PDF export needs the graphical libraries (run with "
                            "QT_QPA_PLATFORM=offscreen on a server)")
                         .arg(file));
    QTextDocument doc;
    doc.setMarkdown(IncidentReview::toMarkdown(incident, nowMs));
    QFont font = doc.defaultFont();
    font.setPointSize(9);
    doc.setDefaultFont(font);
    styleTables(doc);
    {
        QPdfWriter writer(file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(Tr::tr("Post-incident review: %1 %2")
                            .arg(IncidentReview::reference(incident), incident.title));
        writer.setCreator(QStringLiteral("Watchkeeper"));
        doc.print(&writer);
    }
    const QFileInfo info(file);
    if (!info.exists() || info.size() == 0)
        return Error(Tr::tr("cannot write %1").arg(file));
    return std::nullopt;
}

int exportIncidentPdf(qint64 incidentId, const QString &databaseLocation, const QString &file,
                      QTextStream &out, QTextStream &err)
{
    IncidentRepository::Options options;
    options.location = databaseLocation;
    auto repo = IncidentRepository::open(options, SystemClock::instance());
    if (!repo) {
        err << repo.error().toString() << '\n';
        return 1;
    }
    const auto incident = repo.value()->incident(incidentId);
    if (!incident) {
        err << Tr::tr("there is no incident %1 in %2").arg(incidentId).arg(databaseLocation)
            << '\n';
        return 1;
    }
    if (auto error = writeIncidentPdf(*incident, SystemClock::instance()->nowMs(), file)) {
        err << error->toString() << '\n';
        return 1;
    }
    out << Tr::tr("Wrote the review of incident %1 to %2").arg(incidentId).arg(file) << '\n';
    return 0;
}

} // namespace Wk

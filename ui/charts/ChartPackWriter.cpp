#include "ChartPackWriter.h"

#include "ChartCanvas.h"
#include "ChartExporter.h"
#include "analysis/ChartBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>

namespace {

// Steps before the per-region and per-location pages: the title page and the dashboard.
constexpr int kLeadingSteps = 2;
constexpr double kMargin = 36;

} // namespace

ChartPackWriter::ChartPackWriter(const QSqlDatabase& db, const ChartRequest& request, const QString& folder)
    : m_db(db)
    , m_request(request)
    , m_folder(folder)
{
}

ChartPackWriter::~ChartPackWriter()
{
    if (m_painter.isActive())
        abandon();
}

QString ChartPackWriter::pdfPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("report.pdf"));
}

bool ChartPackWriter::prepare(QString* error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("%1: the folder cannot be made").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    m_builder = std::make_unique<ChartBuilder>(m_db);
    if (!m_builder->load(error, m_request.includePending))
        return false;
    const auto wave = m_builder->wave(m_request.wave, error);
    if (!wave)
        return false;
    m_request.wave = wave->code;
    m_waveName = wave->name;
    // A pack is of the client's own network unless asked otherwise (the benchmark adds the
    // competitors by itself), so the dashboard and the location pages tell the same story.
    if (!m_request.filters.contains(ResultsQuery::Dimension::Competitor))
        m_request.filters[ResultsQuery::Dimension::Competitor] = { QStringLiteral("no") };
    m_style = ChartStyle::fromProgramme(m_db, m_builder->texts().language());
    m_dashboard = m_builder->dashboard(m_request, error);
    if (!m_dashboard)
        return false;
    m_charts.push_back({ QStringLiteral("01-score-by-region"), m_dashboard->byRegion });
    m_charts.push_back({ QStringLiteral("02-sections"), m_dashboard->sections });
    int number = 3;
    for (const ChartViews::View view : ChartViews::all()) {
        if (view == ChartViews::View::Sections || view == ChartViews::View::ByLocation)
            continue; // the dashboard's two
        ChartRequest request = m_request;
        request.view = view;
        if (view == ChartViews::View::Trend)
            request.per.reset();
        QString why;
        const auto chart = m_builder->build(request, &why);
        const QString name = QStringLiteral("%1-%2").arg(number++, 2, 10, QLatin1Char('0')).arg(ChartViews::key(view));
        if (!chart) { // e.g. no NPS question: the pack goes on without that chart
            m_notes << tr("%1 left out: %2").arg(ChartViews::name(view), why);
            continue;
        }
        m_charts.push_back({ name, *chart });
    }
    auto regions = m_builder->regionPages(m_request, error);
    if (!regions)
        return false;
    m_regions = std::move(*regions);
    auto locations = m_builder->locationPages(m_request, error);
    if (!locations)
        return false;
    m_locations = std::move(*locations);

    QFile::remove(pdfPath() + QStringLiteral(".part"));
    m_pdf = std::make_unique<QPdfWriter>(pdfPath() + QStringLiteral(".part"));
    m_pdf->setResolution(96); // painter units are the charts' logical pixels
    m_pdf->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    m_pdf->setTitle(m_builder->programmeTitle() + QStringLiteral(" · ") + m_waveName);
    m_pdf->setCreator(QStringLiteral("ShopScope"));
    if (!m_painter.begin(m_pdf.get())) {
        *error = tr("%1: cannot be written").arg(QDir::toNativeSeparators(pdfPath()));
        m_pdf.reset();
        return false;
    }
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    return true;
}

int ChartPackWriter::stepCount() const
{
    return kLeadingSteps + int(m_charts.size()) + int(m_regions.size()) + int(m_locations.size());
}

void ChartPackWriter::newPage()
{
    if (m_pages > 0)
        m_pdf->newPage();
    ++m_pages;
}

void ChartPackWriter::drawText(const QRectF& where, const QString& text, double pixelSize, bool bold,
                               const QColor& colour, int flags)
{
    m_painter.setFont(m_style.font(pixelSize, bold));
    m_painter.setPen(colour.isValid() ? colour : m_style.text);
    m_painter.drawText(where, flags, text);
}

void ChartPackWriter::drawChart(const ChartData& chart, const QRectF& where)
{
    ChartCanvas canvas(chart, m_style);
    canvas.setSize(where.size());
    canvas.render(&m_painter, where);
}

bool ChartPackWriter::writeChartFiles(const ChartData& chart, const QString& name, QString* error)
{
    ChartCanvas canvas(chart, m_style);
    const ChartExporter::Options options; // 1600 x 1000 at 160 dpi: a slide's size
    for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg") }) {
        const QString path = QDir(m_folder).filePath(name + QLatin1Char('.') + suffix);
        if (!ChartExporter::write(canvas, path, options, error))
            return false;
        m_files << path;
    }
    return true;
}

void ChartPackWriter::titlePage()
{
    newPage();
    const QRectF page(0, 0, m_pdf->width(), m_pdf->height());
    m_painter.fillRect(QRectF(0, 0, page.width(), 14), m_style.seriesColour(0));
    if (!m_style.logo.isNull()) {
        const QSizeF logo = QSizeF(m_style.logo.size()).scaled(220, 90, Qt::KeepAspectRatio);
        m_painter.drawPixmap(QRectF(page.width() - kMargin - logo.width(), 60, logo.width(), logo.height()), m_style.logo,
                             QRectF(m_style.logo.rect()));
    }
    const ReportTexts& texts = m_builder->texts();
    drawText(QRectF(kMargin * 2, page.height() * 0.30, page.width() - kMargin * 4, 60), m_builder->programmeTitle(), 34, true);
    drawText(QRectF(kMargin * 2, page.height() * 0.30 + 64, page.width() - kMargin * 4, 40),
             texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Mystery shopping results: %1")).arg(m_waveName), 22, false,
             m_style.seriesColour(0));
    QStringList facts;
    facts << texts.text(QT_TRANSLATE_NOOP("ReportTexts", "%1 visits at %2 locations"))
                 .arg(texts.locale().toString(m_dashboard->visits), texts.locale().toString(m_dashboard->locations));
    if (m_dashboard->score)
        facts << texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Overall score %1 %")).arg(texts.number(*m_dashboard->score));
    drawText(QRectF(kMargin * 2, page.height() * 0.30 + 116, page.width() - kMargin * 4, 60), facts.join(QStringLiteral(" · ")),
             15, false, m_style.muted);
    drawText(QRectF(kMargin * 2, page.height() - 80, page.width() - kMargin * 4, 40),
             texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Contents: the dashboard, the standard charts, a page per region and a page per location. Shoppers are never named.")),
             11, false, m_style.muted);
}

void ChartPackWriter::dashboardPage()
{
    newPage();
    const DashboardData& dashboard = *m_dashboard;
    const ReportTexts& texts = m_builder->texts();
    const double width = m_pdf->width() - 2 * kMargin;
    QString headline = dashboard.waveName;
    if (dashboard.score)
        headline += QStringLiteral(": ") + texts.number(*dashboard.score) + QStringLiteral(" %");
    if (dashboard.change)
        headline += QStringLiteral("  ") + (*dashboard.change >= 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ "))
            + texts.number(*dashboard.change);
    drawText(QRectF(kMargin, kMargin, width, 40), headline, 26, true);
    QStringList detail { texts.text(QT_TRANSLATE_NOOP("ReportTexts", "%1 visits at %2 locations"))
                             .arg(texts.locale().toString(dashboard.visits), texts.locale().toString(dashboard.locations)) };
    if (dashboard.change)
        detail << (dashboard.significant
                       ? texts.text(QT_TRANSLATE_NOOP("ReportTexts", "a significant change since %1"))
                       : texts.text(QT_TRANSLATE_NOOP("ReportTexts", "within the margin of error of %1")))
                      .arg(dashboard.previousWaveName);
    drawText(QRectF(kMargin, kMargin + 40, width, 24), detail.join(QStringLiteral(" · ")), 13, false, m_style.muted);
    const double top = kMargin + 70;
    const double chartHeight = (m_pdf->height() - top - kMargin) * 0.62;
    drawChart(dashboard.byRegion, QRectF(kMargin, top, width / 2 - 6, chartHeight));
    drawChart(dashboard.sections, QRectF(kMargin + width / 2 + 6, top, width / 2 - 6, chartHeight));
    const double listTop = top + chartHeight + 10;
    const double column = width / 4;
    auto list = [&](int index, const QString& title, const QList<DashboardData::Ranked>& rows) {
        const QRectF box(kMargin + column * index, listTop, column - 10, m_pdf->height() - kMargin - listTop);
        drawText(QRectF(box.left(), box.top(), box.width(), 20), title, 12, true);
        QStringList lines;
        for (const DashboardData::Ranked& row : rows)
            lines << QStringLiteral("%1  %2 (n=%3)").arg(texts.number(row.score), row.name).arg(row.n);
        if (lines.isEmpty())
            lines << texts.text(QT_TRANSLATE_NOOP("ReportTexts", "none with enough visits"));
        drawText(QRectF(box.left(), box.top() + 22, box.width(), box.height() - 22), lines.join(QLatin1Char('\n')), 10);
    };
    list(0, texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Best locations")), dashboard.topLocations);
    list(1, texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Locations for training")), dashboard.bottomLocations);
    list(2, texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Best-rated staff")), dashboard.topStaff);
    list(3, texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Staff to coach")), dashboard.bottomStaff);
}

void ChartPackWriter::locationPage(const LocationPage& page)
{
    newPage();
    const ReportTexts& texts = m_builder->texts();
    const double width = m_pdf->width() - 2 * kMargin;
    drawText(QRectF(kMargin, kMargin, width, 34), page.code + QStringLiteral("  ") + page.name, 22, true);
    QStringList facts { page.region, m_waveName,
                        texts.text(QT_TRANSLATE_NOOP("ReportTexts", "%1 visits")).arg(page.visits) };
    if (page.score)
        facts << texts.text(QT_TRANSLATE_NOOP("ReportTexts", "score %1 %")).arg(texts.number(*page.score));
    if (page.networkScore)
        facts << texts.text(QT_TRANSLATE_NOOP("ReportTexts", "network %1 %")).arg(texts.number(*page.networkScore));
    if (page.rank > 0)
        facts << texts.text(QT_TRANSLATE_NOOP("ReportTexts", "rank %1 of %2")).arg(page.rank).arg(page.ranked);
    drawText(QRectF(kMargin, kMargin + 34, width, 22), facts.join(QStringLiteral(" · ")), 13, false, m_style.muted);
    const double top = kMargin + 64;
    const double chartHeight = 400;
    drawChart(page.sections, QRectF(kMargin, top, width / 2 - 6, chartHeight));
    drawChart(page.trend, QRectF(kMargin + width / 2 + 6, top, width / 2 - 6, chartHeight));
    const double commentsTop = top + chartHeight + 12;
    drawText(QRectF(kMargin, commentsTop, width, 20), texts.text(QT_TRANSLATE_NOOP("ReportTexts", "What the shoppers wrote")), 13, true);
    const QFont font = m_style.font(10.5);
    const QFontMetricsF metrics(font);
    double y = commentsTop + 24;
    const double bottom = m_pdf->height() - kMargin;
    int shown = 0;
    for (const LocationPage::Comment& comment : page.comments) {
        QString text = comment.date + QStringLiteral(" · ") + comment.scenario;
        if (!comment.question.isEmpty())
            text += QStringLiteral(" · ") + comment.question;
        text += QStringLiteral(": ") + comment.text;
        const QRectF needed = metrics.boundingRect(QRectF(kMargin, y, width, 1000), Qt::TextWordWrap, text);
        if (y + needed.height() > bottom - 16)
            break;
        drawText(QRectF(kMargin, y, width, needed.height()), text, 10.5);
        y += needed.height() + 4;
        ++shown;
    }
    if (page.comments.isEmpty())
        drawText(QRectF(kMargin, y, width, 20), texts.text(QT_TRANSLATE_NOOP("ReportTexts", "No comments in this wave.")), 10.5,
                 false, m_style.muted);
    else if (shown < page.comments.size())
        drawText(QRectF(kMargin, bottom - 16, width, 16),
                 texts.text(QT_TRANSLATE_NOOP("ReportTexts", "… and %1 more comments")).arg(page.comments.size() - shown), 10.5,
                 false, m_style.muted);
}

bool ChartPackWriter::step(QString* error)
{
    if (finished() || !m_painter.isActive())
        return true;
    const int index = m_done;
    const int charts = int(m_charts.size());
    const int regions = int(m_regions.size());
    if (index == 0) {
        titlePage();
    } else if (index == 1) {
        dashboardPage();
    } else if (index < kLeadingSteps + charts) {
        const auto& [name, chart] = m_charts[size_t(index - kLeadingSteps)];
        if (!writeChartFiles(chart, name, error))
            return false;
        newPage();
        drawChart(chart, QRectF(kMargin, kMargin, m_pdf->width() - 2 * kMargin, m_pdf->height() - 2 * kMargin));
    } else if (index < kLeadingSteps + charts + regions) {
        newPage();
        drawChart(m_regions[size_t(index - kLeadingSteps - charts)],
                  QRectF(kMargin, kMargin, m_pdf->width() - 2 * kMargin, m_pdf->height() - 2 * kMargin));
    } else {
        locationPage(m_locations[size_t(index - kLeadingSteps - charts - regions)]);
    }
    ++m_done;
    return true;
}

bool ChartPackWriter::finish(QString* error)
{
    if (!m_painter.isActive())
        return false;
    const bool complete = m_painter.end(); // false when the PDF could not be written out (a full disk)
    m_pdf.reset();
    if (!complete) {
        QFile::remove(pdfPath() + QStringLiteral(".part"));
        *error = tr("%1: cannot be written").arg(QDir::toNativeSeparators(pdfPath()));
        return false;
    }
    const QString part = pdfPath() + QStringLiteral(".part");
    QFile::remove(pdfPath());
    if (!QFile::rename(part, pdfPath())) {
        *error = tr("%1: cannot be written").arg(QDir::toNativeSeparators(pdfPath()));
        QFile::remove(part);
        return false;
    }
    return true;
}

void ChartPackWriter::abandon()
{
    if (m_painter.isActive())
        m_painter.end();
    m_pdf.reset();
    QFile::remove(pdfPath() + QStringLiteral(".part"));
    for (const QString& file : m_files)
        QFile::remove(file);
    m_files.clear();
}

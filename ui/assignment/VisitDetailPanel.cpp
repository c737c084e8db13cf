#include "VisitDetailPanel.h"

#include "fieldwork/VisitEvents.h"
#include "models/DomainLabels.h"
#include "project/Project.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

VisitDetailPanel::VisitDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_explanationTitle(new QLabel(tr("<b>Assignment</b>"), this))
    , m_explanation(new QLabel(this))
    , m_history(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history->setHeaderLabels({tr("When"), tr("Status"), tr("Shopper"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_summary);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_explanation, &QLabel::linkActivated, this, &VisitDetailPanel::explainRequested);
    layout->addWidget(m_explanationTitle);
    layout->addWidget(m_explanation);
    auto* title = new QLabel(tr("<b>History</b>"), this);
    layout->addWidget(title);
    layout->addWidget(m_history, 1);
    setMinimumWidth(300);
    showVisit(nullptr, -1);
}

void VisitDetailPanel::showVisit(Project* project, qint64 visitId)
{
    m_history->clear();
    QSqlQuery query(project ? project->database() : QSqlDatabase());
    if (project && visitId > 0) {
        query.prepare(QStringLiteral(
            "SELECT l.code, l.name, l.city, sc.code, w.code, v.planned_date, v.daypart, v.status, sh.code, sh.home_city, "
            "v.assigned_by, v.locked FROM visit v JOIN location l ON l.id = v.location_id JOIN scenario sc ON sc.id = v.scenario_id "
            "JOIN wave w ON w.id = v.wave_id LEFT JOIN shopper sh ON sh.id = v.shopper_id WHERE v.id = ?"));
        query.addBindValue(visitId);
    }
    if (!project || visitId <= 0 || !query.exec() || !query.next()) {
        m_summary->setText(tr("Select a visit to see who carries it out and its history."));
        m_explanation->clear();
        m_explanationTitle->hide();
        return;
    }
    const QLocale locale;
    const QDate date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    QString text = tr("<b>Visit %1</b> · %2").arg(visitId).arg(query.value(4).toString().toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("%1 %2, %3").arg(query.value(0).toString().toHtmlEscaped(),
                                                          query.value(1).toString().toHtmlEscaped(),
                                                          query.value(2).toString().toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("Scenario %1, %2 %3")
                                         .arg(query.value(3).toString().toHtmlEscaped(),
                                              date.isValid() ? locale.toString(date, QLocale::ShortFormat) : tr("no date"),
                                              DomainLabels::label(DomainLabels::Daypart, query.value(6).toString()).toLower());
    QString status = DomainLabels::label(DomainLabels::VisitStatus, query.value(7).toString());
    if (!query.value(8).isNull())
        status += QStringLiteral(" · ") + tr("shopper %1 (%2), %3")
                                               .arg(query.value(8).toString().toHtmlEscaped(), query.value(9).toString().toHtmlEscaped(),
                                                    DomainLabels::label(DomainLabels::AssignedBy, query.value(10).toString()).toLower());
    if (query.value(11).toBool())
        status += QStringLiteral(" · 🔒 ") + tr("locked");
    m_summary->setText(text + QStringLiteral("<br>") + status);

    for (const VisitEvents::Event& event : VisitEvents::read(project->database(), visitId).value_or(QList<VisitEvents::Event>())) {
        const QDateTime at = QDateTime::fromString(event.at, Qt::ISODate);
        auto* item = new QTreeWidgetItem(m_history, {at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : event.at,
                                                     DomainLabels::label(DomainLabels::VisitStatus, event.status),
                                                     event.shopperCode, event.note});
        item->setToolTip(3, event.note);
    }
    for (int column = 0; column < 3; ++column)
        m_history->resizeColumnToContents(column);
}

void VisitDetailPanel::showExplanation(const QString& html)
{
    m_explanationTitle->show();
    m_explanation->setText(html.isEmpty() ? QStringLiteral("<a href=\"explain\">%1</a>").arg(tr("Why this shopper, or why none?"))
                                          : html);
}

#include "VisitHistoryView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

VisitHistoryView::VisitHistoryView(VisitHistory::Of of, QWidget* parent)
    : QWidget(parent)
    , m_of(of)
    , m_model(new VisitHistoryModel(of, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(VisitHistoryModel::WhoColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // keeps the summary at the top while there is no table
}

void VisitHistoryView::load(const QSqlDatabase& db, const QString& code)
{
    QString error;
    const auto entries = code.isEmpty() ? std::optional<QList<VisitHistory::Entry>>(QList<VisitHistory::Entry>())
                         : m_of == VisitHistory::Of::Shopper ? VisitHistory::forShopper(db, code, &error)
                                                             : VisitHistory::forLocation(db, code, &error);
    m_model->setEntries(entries.value_or(QList<VisitHistory::Entry>()));
    m_summary->setText(!entries ? error
                       : code.isEmpty() ? tr("No visits yet: the history starts once this one is saved and given visits.")
                                        : VisitHistory::summary(*entries));
    m_table->setVisible(!m_model->entries().isEmpty());
    for (int column : {int(VisitHistoryModel::DateColumn), int(VisitHistoryModel::WaveColumn), int(VisitHistoryModel::ScenarioColumn),
                       int(VisitHistoryModel::StatusColumn), int(VisitHistoryModel::ScoreColumn)})
        m_table->resizeColumnToContents(column);
}

#include "ShopperPickerDialog.h"

#include "assignment/AssignmentSession.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A table cell that sorts by a number but shows text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString& text, double value)
        : QTableWidgetItem(text)
        , m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* number = dynamic_cast<const NumberItem*>(&other);
        return number ? m_value < number->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

enum Column { Code, Home, Distance, Cost, Fee, Workload, Rating, InWave, ColumnCount };

} // namespace

ShopperPickerDialog::ShopperPickerDialog(const AssignmentSession& session, int visit, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_visit(visit)
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_verdict(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    const AssignmentProblem& problem = session.problem();
    const auto& v = problem.visits[size_t(visit)];
    const auto& location = problem.locations[size_t(v.location)];
    const QLocale locale;
    setWindowTitle(tr("Assign visit %1 by hand").arg(v.id));
    resize(860, 580);
    const QString when = v.day == AssignmentProblem::noDay ? tr("any day of the wave")
                                                           : locale.toString(QDate::fromJulianDay(v.day), QLocale::ShortFormat);
    QString heading = tr("Who carries out visit %1 at <b>%2 %3</b> (%4), scenario %5, %6?")
                          .arg(v.id)
                          .arg(location.code.toHtmlEscaped(), location.name.toHtmlEscaped(), location.city.toHtmlEscaped(),
                               problem.scenarios[size_t(v.scenario)].code.toHtmlEscaped(), when);
    if (v.shopper >= 0)
        heading += QStringLiteral("<br>") + tr("Now with %1.").arg(problem.shoppers[size_t(v.shopper)].code.toHtmlEscaped());
    m_heading->setText(heading);
    m_heading->setWordWrap(true);

    std::vector<int> inWave(problem.shoppers.size(), 0);
    for (const auto& other : problem.visits)
        if (other.shopper >= 0)
            ++inWave[size_t(other.shopper)];
    const auto candidates = session.candidates(visit, -1);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Shopper"), tr("Home"), tr("Distance"), tr("Cost"), tr("Fee"), tr("Workload"), tr("Rating"), tr("Visits in the wave")});
    m_table->horizontalHeaderItem(Cost)->setToolTip(tr("The engine's cost of this choice in points: travel, fee, workload, "
                                                       "rating and region manager terms (docs/assignment.md)."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    int row = 0;
    m_table->setRowCount(int(candidates.size()));
    for (const auto& candidate : candidates) {
        if (candidate.shopper == v.shopper)
            continue;
        const auto& who = problem.shoppers[size_t(candidate.shopper)];
        const auto& cost = candidate.cost;
        m_table->setItem(row, Code, new QTableWidgetItem(who.code));
        m_table->setItem(row, Home, new QTableWidgetItem(who.homeCity));
        m_table->setItem(row, Distance, new NumberItem(location.inPerson ? tr("%1 km").arg(locale.toString(cost.km, 'f', 1)) : tr("remote"),
                                                       cost.km));
        m_table->setItem(row, Cost, new NumberItem(locale.toString(CostBreakdown::points(cost.total()), 'f', 2), double(cost.total())));
        m_table->setItem(row, Fee, new NumberItem(locale.toString(CostBreakdown::points(cost.fee), 'f', 2), double(cost.fee)));
        m_table->setItem(row, Workload, new NumberItem(locale.toString(CostBreakdown::points(cost.workload), 'f', 2), double(cost.workload)));
        m_table->setItem(row, Rating, new NumberItem(who.rating ? locale.toString(*who.rating, 'f', 1) : QString(), who.rating.value_or(-1)));
        m_table->setItem(row, InWave, new NumberItem(locale.toString(inWave[size_t(candidate.shopper)]), inWave[size_t(candidate.shopper)]));
        ++row;
    }
    m_table->setRowCount(row);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Cost, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Home, QHeaderView::Stretch);

    m_search->setPlaceholderText(tr("Search by code or city; a code not listed says why"));
    m_search->setClearButtonEnabled(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().lineSpacing() * 3);
    m_verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_note->setPlaceholderText(tr("Why by hand (kept in the visit's history)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_assign = buttons->button(QDialogButtonBox::Ok);
    m_assign->setText(tr("Assign"));
    m_assign->setEnabled(false);
    auto* form = new QFormLayout;
    form->addRow(tr("Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(new QLabel(tr("%Ln shopper(s) may take this visit under the programme's rules, cheapest first.", nullptr, row), this));
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShopperPickerDialog::filter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShopperPickerDialog::showVerdict);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showVerdict();
}

void ShopperPickerDialog::search(const QString& text)
{
    m_search->setText(text);
}

void ShopperPickerDialog::filter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = wanted.isEmpty() || m_table->item(row, Code)->text().contains(wanted, Qt::CaseInsensitive)
                           || m_table->item(row, Home)->text().contains(wanted, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
    showVerdict();
}

void ShopperPickerDialog::showVerdict()
{
    const QString chosen = chosenCode();
    m_assign->setEnabled(!chosen.isEmpty());
    const QString typed = m_search->text().trimmed();
    const bool typedListed = !m_table->findItems(typed, Qt::MatchFixedString).isEmpty();
    if (chosen.isEmpty() && !typed.isEmpty() && !typedListed) {
        // A code that is not offered: which hard rules keep the shopper out.
        int shopper = m_session.shopperIndexByCode(typed);
        if (shopper < 0)
            shopper = m_session.shopperIndexByCode(typed.toUpper());
        if (shopper < 0) {
            m_verdict->setText(QString());
            return;
        }
        if (shopper == m_session.problem().visits[size_t(m_visit)].shopper) {
            m_verdict->setText(tr("%1 has this visit already.").arg(typed.toHtmlEscaped()));
            return;
        }
        const ChoiceCheck check = m_session.checkChoice(m_visit, shopper);
        QString text = tr("<b>%1 may not take this visit:</b>").arg(m_session.problem().shoppers[size_t(shopper)].code.toHtmlEscaped());
        for (const auto& refusal : check.refusals)
            text += QStringLiteral("<br><b style=\"color:#b3261e\">✖</b> ") + refusal.text.toHtmlEscaped();
        m_verdict->setText(text);
        return;
    }
    if (chosen.isEmpty()) {
        m_verdict->setText(tr("Choose a shopper; what the choice weighs against shows here."));
        return;
    }
    const ChoiceCheck check = m_session.checkChoice(m_visit, m_session.shopperIndexByCode(chosen));
    QString text = tr("%1: %2 points.").arg(chosen.toHtmlEscaped(), QLocale().toString(CostBreakdown::points(check.cost.total()), 'f', 2));
    if (check.warnings.isEmpty())
        text += QLatin1Char(' ') + tr("Keeps every rule and costs the least.");
    for (const QString& warning : check.warnings)
        text += QStringLiteral("<br>⚠ ") + warning.toHtmlEscaped();
    m_verdict->setText(text);
}

QString ShopperPickerDialog::verdictText() const
{
    return m_verdict->text();
}

QString ShopperPickerDialog::chosenCode() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty() || m_table->isRowHidden(selected.first()->row()))
        return {};
    return m_table->item(selected.first()->row(), Code)->text();
}

bool ShopperPickerDialog::choose(const QString& code)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Code)->text() == code) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ShopperPickerDialog::note() const
{
    return m_note->text().trimmed();
}

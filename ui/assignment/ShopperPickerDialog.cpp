#include "ShopperPickerDialog.h"

#include "assignment/GreatCircle.h"
#include "project/Project.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

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

} // namespace

ShopperPickerDialog::ShopperPickerDialog(Project* project, qint64 visitId, QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Assign visit %1 by hand").arg(visitId));
    resize(760, 560);
    QSqlQuery visit(project->database());
    visit.prepare(QStringLiteral("SELECT l.code, l.name, l.city, l.latitude, l.longitude, v.wave_id, v.shopper_id FROM visit v "
                                 "JOIN location l ON l.id = v.location_id WHERE v.id = ?"));
    visit.addBindValue(visitId);
    const bool known = visit.exec() && visit.next();
    const QString city = known ? visit.value(2).toString() : QString();
    const bool located = known && !visit.value(3).isNull();
    const double latitude = visit.value(3).toDouble();
    const double longitude = visit.value(4).toDouble();
    m_heading->setText(known ? tr("Who carries out visit %1 at <b>%2 %3</b> (%4)?")
                                   .arg(visitId)
                                   .arg(visit.value(0).toString().toHtmlEscaped(), visit.value(1).toString().toHtmlEscaped(),
                                        city.toHtmlEscaped())
                             : tr("There is no visit %1.").arg(visitId));

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Shopper"), tr("Home"), tr("Distance"), tr("Rating"), tr("Visits in the wave")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    if (known) {
        QSqlQuery shoppers(project->database());
        shoppers.setForwardOnly(true);
        shoppers.prepare(QStringLiteral(
            "SELECT s.code, s.home_city, s.home_latitude, s.home_longitude, s.rating, "
            "(SELECT count(*) FROM visit x WHERE x.shopper_id = s.id AND x.wave_id = ?) FROM shopper s "
            "WHERE s.status = 'active' AND s.id IS NOT ifnull(?, -1)"));
        shoppers.addBindValue(visit.value(5));
        shoppers.addBindValue(visit.value(6));
        shoppers.exec();
        struct Row
        {
            QString code, home;
            double km;
            QVariant rating;
            int visits;
        };
        std::vector<Row> rows;
        while (shoppers.next()) {
            double km = std::numeric_limits<double>::infinity();
            if (located && !shoppers.value(2).isNull())
                km = GreatCircle::haversineKm(latitude, longitude, shoppers.value(2).toDouble(), shoppers.value(3).toDouble());
            else if (shoppers.value(1).toString().compare(city, Qt::CaseInsensitive) == 0)
                km = 0; // the same city, without coordinates
            rows.push_back({shoppers.value(0).toString(), shoppers.value(1).toString(), km, shoppers.value(4), shoppers.value(5).toInt()});
        }
        // The nearest few hundred are the ones anyone would choose from; the search finds the rest.
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.km < b.km || (a.km == b.km && a.code < b.code); });
        m_table->setRowCount(int(rows.size()));
        const QLocale locale;
        for (int r = 0; r < int(rows.size()); ++r) {
            const Row& row = rows[size_t(r)];
            m_table->setItem(r, 0, new QTableWidgetItem(row.code));
            m_table->setItem(r, 1, new QTableWidgetItem(row.home));
            m_table->setItem(r, 2, new NumberItem(std::isfinite(row.km) ? tr("%1 km").arg(locale.toString(row.km, 'f', 1)) : tr("unknown"),
                                                  row.km));
            m_table->setItem(r, 3, new NumberItem(row.rating.isNull() ? QString() : locale.toString(row.rating.toDouble(), 'f', 1),
                                                  row.rating.toDouble()));
            m_table->setItem(r, 4, new NumberItem(locale.toString(row.visits), row.visits));
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_search->setPlaceholderText(tr("Search by code or city…"));
    m_search->setClearButtonEnabled(true);
    m_note->setPlaceholderText(tr("Why by hand (kept in the visit's history)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* form = new QFormLayout;
    form->addRow(tr("Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShopperPickerDialog::filter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenCode().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ShopperPickerDialog::filter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = wanted.isEmpty() || m_table->item(row, 0)->text().contains(wanted, Qt::CaseInsensitive)
                           || m_table->item(row, 1)->text().contains(wanted, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

QString ShopperPickerDialog::chosenCode() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), 0)->text();
}

bool ShopperPickerDialog::choose(const QString& code)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == code) {
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

package cn.jixiao.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.assembly.SampleDepartment;
import cn.jixiao.report.model.AssembledReport;

/** The 自评表 workbook read back with POI: the sample's figures, as numbers where they are numbers. */
class ScoreSheetRendererTest {

    private final AssembledReport report = SampleDepartment.report();

    @Test
    void theSampleScoreTableWithNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ScoreSheetRenderer.render(report)))) {
            Sheet sheet = workbook.getSheet("部门整体支出绩效自评表");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2023 年度部门整体支出绩效自评表"));
            assertEquals(ScoreTableView.HEADER, texts(sheet.getRow(1)));
            assertEquals(SampleDepartment.scoreTable().rows().size() + 3, sheet.getPhysicalNumberOfRows());

            Row completion = rowNamed(sheet, "支出完成率");
            assertEquals(CellType.NUMERIC, completion.getCell(3).getCellType());
            assertEquals(9.53, completion.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(10.0, completion.getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("95.33%", completion.getCell(2).getStringCellValue());
            assertEquals("0.00", completion.getCell(3).getCellStyle().getDataFormatString());

            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(100.0, total.getCell(1).getNumericCellValue(), 1e-9);
            assertEquals(90.0, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("等级：优", total.getCell(5).getStringCellValue());
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow());
        }
    }

    @Test
    void namesAreIndentedByLevel() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ScoreSheetRenderer.render(report)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(0, rowNamed(sheet, "预算执行").getCell(0).getCellStyle().getIndention());
            assertEquals(2, rowNamed(sheet, "支出完成率").getCell(0).getCellStyle().getIndention());
        }
    }

    private static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}

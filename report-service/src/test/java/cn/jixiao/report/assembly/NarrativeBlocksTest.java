package cn.jixiao.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.model.Block;

class NarrativeBlocksTest {

    @Test
    void blankLinesSeparateParagraphsAndWrappedLinesAreJoined() {
        assertEquals(List.of(paragraph("第一段第一行接着写。"), paragraph("第二段，含 Word and WPS 排版。")),
                NarrativeBlocks.parse("第一段第一行\n接着写。\n\n  \n第二段，含 Word\nand WPS 排版。\n"));
    }

    @Test
    void consecutiveNumberedLinesBecomeAnOrderedListWithoutTheirMarkers() {
        assertEquals(List.of(paragraph("主要职责："), new Block.ListBlock(true, List.of("宣传报道。", "安全播出。", "队伍建设。"))),
                NarrativeBlocks.parse("主要职责：\n1、宣传报道。\n2. 安全播出。\n（3）队伍建设。"));
    }

    @Test
    void listItemsSeparatedByBlankLinesStayOneList() {
        assertEquals(List.of(new Block.ListBlock(true, List.of("甲", "乙", "丙"))),
                NarrativeBlocks.parse("1、甲\n\n2、乙\n\n(3)丙"));
    }

    @Test
    void dashesAndBulletsBecomeAnUnorderedList() {
        assertEquals(List.of(new Block.ListBlock(false, List.of("主题宣传", "安全播出"))),
                NarrativeBlocks.parse("- 主题宣传\n• 安全播出"));
    }

    @Test
    void aParagraphBetweenListsStartsANewList() {
        assertEquals(List.of(new Block.ListBlock(true, List.of("甲")), paragraph("说明。"),
                new Block.ListBlock(true, List.of("乙"))),
                NarrativeBlocks.parse("1、甲\n说明。\n1、乙"));
    }

    @Test
    void numbersThatAreNotMarkersStayText() {
        assertEquals(List.of(paragraph("2023.12月支出完成率95.33%。"), paragraph("-5%的偏差已说明。")),
                NarrativeBlocks.parse("2023.12月支出完成率95.33%。\n\n-5%的偏差已说明。"));
    }

    @Test
    void nothingWrittenIsAPlaceholder() {
        assertEquals(List.of(), NarrativeBlocks.parse(null));
        assertEquals(List.of(), NarrativeBlocks.parse(" \n\n "));
        assertEquals(List.of(paragraph("（待填写）")), NarrativeBlocks.parseOrPlaceholder("\n"));
    }

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(text, NarrativeBlocks.SOURCE);
    }
}

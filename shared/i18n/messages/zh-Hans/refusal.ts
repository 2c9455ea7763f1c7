import type { AreaMessages } from "../en";
import type { refusal as source } from "../en/refusal";

/** What the server itself says when it refuses, in Simplified Chinese. */
export const refusal: AreaMessages<typeof source> = {
  "refusal.hostKey": "这个主持密钥和这堂课不匹配。",
  "refusal.deviceBanned": "老师已把这台设备移出了这堂课。",
  "refusal.nameNotText": "昵称必须是文字。",
  "refusal.nameTooLong": "这个昵称太长了。",
  "refusal.createdByApi": "课堂要通过 POST /api/classes 创建。",
  "refusal.unreadable": "无法读取这条消息。",
  "refusal.failed": "服务器没能处理这条消息；课堂继续进行。",
  "refusal.slowDown": "消息太多了：请慢一点。",
  "refusal.kicked": "老师已把你移出了这堂课。",
  "refusal.tooManyRequests": "你的网络发出的请求太多了：请稍等一会儿再试。",
  "refusal.tooManyWrongCodes": "你的网络输错课堂码的次数太多了：请稍等一会儿，再核对黑板上的课堂码。",
  "refusal.tooManyClasses": "你的网络这个小时已经创建了很多课堂：请重用其中一个，或者稍后再试。",
  "refusal.tooLarge": "请求最多只能有 {limit} 字节。",
  "refusal.serverBusy": "服务器现在没法完成：请再试一次。",
  "refusal.restarting": "服务器正在重启：请过一会儿再试。",
  "refusal.joinByCode": "加入课堂要用课堂码；课堂在 /api/classes 创建。",
  "refusal.badJson": "加入请求不是有效的 JSON。",
  "refusal.badOptions": "加入选项必须是一个对象。",
  "refusal.cannotJoin": "无法加入这堂课。",
  "refusal.comingBack": "课堂正在重启后恢复：稍后会再试一次。",
};

/**
 * The demo city's grid (兰溪市), shared by the seeders of every subgraph the way a real city shares its
 * published grid map. 网格: code, squad key, street, community. Areas are laid out as 0.01° tiles around the city centre. */
export const GRID_CELLS: { code: string; squad: string; street: string; community: string }[] = [
  { code: 'LX-YS-01', squad: 'yunshan', street: '云山街道', community: '桃花坞社区' },
  { code: 'LX-YS-02', squad: 'yunshan', street: '云山街道', community: '大云山社区' },
  { code: 'LX-YS-03', squad: 'yunshan', street: '云山街道', community: '天福山社区' },
  { code: 'LX-LJ-01', squad: 'lanjiang', street: '兰江街道', community: '五一社区' },
  { code: 'LX-LJ-02', squad: 'lanjiang', street: '兰江街道', community: '人民社区' },
  { code: 'LX-LJ-03', squad: 'lanjiang', street: '兰江街道', community: '解放社区' },
  { code: 'LX-LJ-04', squad: 'lanjiang', street: '兰江街道', community: '朱家社区' },
  { code: 'LX-SH-01', squad: 'shanghua', street: '上华街道', community: '上华社区' },
  { code: 'LX-SH-02', squad: 'shanghua', street: '上华街道', community: '下陈社区' },
  { code: 'LX-YC-01', squad: 'yongchang', street: '永昌街道', community: '永昌社区' },
  { code: 'LX-YC-02', squad: 'yongchang', street: '永昌街道', community: '社峰社区' },
  { code: 'LX-CX-01', squad: 'chixi', street: '赤溪街道', community: '赤溪社区' },
  { code: 'LX-CX-02', squad: 'chixi', street: '赤溪街道', community: '钱王社区' },
  { code: 'LX-NB-01', squad: 'nvbu', street: '女埠街道', community: '女埠社区' },
  { code: 'LX-NB-02', squad: 'nvbu', street: '女埠街道', community: '虎头山社区' },
  { code: 'LX-YB-01', squad: 'youbu', street: '游埠镇', community: '游埠古镇' },
  { code: 'LX-YB-02', squad: 'youbu', street: '游埠镇', community: '洲上村' },
  { code: 'LX-ZG-01', squad: 'zhuge', street: '诸葛镇', community: '诸葛八卦村' },
  { code: 'LX-ZG-02', squad: 'zhuge', street: '诸葛镇', community: '长乐村' },
  { code: 'LX-MJ-01', squad: 'majian', street: '马涧镇', community: '马涧集镇' },
  { code: 'LX-XX-01', squad: 'xiangxi', street: '香溪镇', community: '香溪集镇' },
  { code: 'LX-MJG-01', squad: 'meijiang', street: '梅江镇', community: '梅江集镇' },
  { code: 'LX-MJG-02', squad: 'meijiang', street: '梅江镇', community: '聚仁村' },
  { code: 'LX-LJ-05', squad: 'lanjiang', street: '兰江街道', community: '横山社区' },
];

/** Centre of 兰溪 old town; tile `i` sits in row i / 6, column i % 6. */
export const CITY_ORIGIN = { lat: 29.18, lng: 119.43 };
export const TILE_DEGREES = 0.01;

/** The demo area of grid cell number `index` (south-west and north-east corners). */
export function demoTile(index: number) {
  const minLat = CITY_ORIGIN.lat + Math.floor(index / 6) * TILE_DEGREES;
  const minLng = CITY_ORIGIN.lng + (index % 6) * TILE_DEGREES;
  return { minLat, minLng, maxLat: minLat + TILE_DEGREES, maxLng: minLng + TILE_DEGREES };
}

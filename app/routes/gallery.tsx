import { GalleryPage } from '../../src/features/gallery/components/gallery-page'

export default GalleryPage

fn main() {
    partner_radar::app::start();
}
